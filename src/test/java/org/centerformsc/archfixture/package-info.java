/**
 * Classes that break the portal's structure rules on purpose, outside the portal's packages (so neither Spring
 * nor JPA ever loads them): ModularityTests proves each rule fails on them.
 */
package org.centerformsc.archfixture;
