package org.centerformsc.portal.giving;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work of the giving feature (the offline gateway's charges). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GivingConfiguration {
}
