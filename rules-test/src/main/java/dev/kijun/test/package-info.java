/** The test kit: AssertJ assertions on assessments and JUnit 5 dynamic tests over folders of profiles. Public API. */
package dev.kijun.test;
