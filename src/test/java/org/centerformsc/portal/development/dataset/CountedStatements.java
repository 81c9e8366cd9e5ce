package org.centerformsc.portal.development.dataset;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicLong;

/** Every statement the portal sends, counted where JDBC executes it (JPA and JdbcTemplate alike), for benchmarks. */
@TestConfiguration
class CountedStatements {

    static final AtomicLong STATEMENTS = new AtomicLong();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && name.equals("dataSource")
                        ? ProxyDataSourceBuilder.create(dataSource)
                        .afterQuery((execution, queries) -> STATEMENTS.incrementAndGet()).build()
                        : bean;
            }
        };
    }
}
