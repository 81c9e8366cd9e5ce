/**
 * Everything that exists only to try the portal on one machine: the development identity provider and its demo
 * accounts, the embedded MariaDB start-up, the demo data and the large generated data set. Every Spring component
 * here carries a {@code @Profile} that excludes {@code prod}, so a production start never loads any of it
 * ({@code DevelopmentCodeTest} checks that). Production code never depends on this package.
 */
package org.centerformsc.portal.development;
