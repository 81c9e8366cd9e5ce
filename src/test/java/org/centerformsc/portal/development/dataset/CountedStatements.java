package org.centerformsc.portal.development.dataset;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every statement the portal sends, counted where JDBC executes it (JPA and JdbcTemplate alike), for the
 * benchmarks and for the tests that keep a page's statement budget. The texts of the statements since the last
 * {@link #reset()} are kept too, so a budget that is exceeded can say which statements ran.
 */
@TestConfiguration
public class CountedStatements {

    static final AtomicLong STATEMENTS = new AtomicLong();
    private static final List<String> TEXTS = Collections.synchronizedList(new ArrayList<>());

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && name.equals("dataSource")
                        ? ProxyDataSourceBuilder.create(dataSource).afterQuery((execution, queries) -> {
                            STATEMENTS.incrementAndGet();
                            if (TEXTS.size() < 1_000) {
                                queries.stream().map(QueryInfo::getQuery).forEach(TEXTS::add);
                            }
                        }).build()
                        : bean;
            }
        };
    }

    /** Starts counting anew. */
    public static void reset() {
        STATEMENTS.set(0);
        TEXTS.clear();
    }

    /** Statements executed since the last reset. */
    public static long count() {
        return STATEMENTS.get();
    }

    /** The statements executed since the last reset, in order (the first thousand). */
    public static List<String> statements() {
        synchronized (TEXTS) {
            return List.copyOf(TEXTS);
        }
    }
}
