package org.centerformsc.portal;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.centerformsc.portal.development.dataset.CountedStatements;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application and the run's shared real MariaDB (see {@link SharedTestDatabase}); its
 * statements are counted ({@link CountedStatements}) for the tests that keep a page's budget.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CountedStatements.class)
public @interface IntegrationTest {
}
