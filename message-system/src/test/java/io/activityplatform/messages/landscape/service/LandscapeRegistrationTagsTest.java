package io.activityplatform.messages.landscape.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The client's comma-separated tags, bounded as the JSON registration bounds them. */
class LandscapeRegistrationTagsTest {

    @Test
    void tagsAreSplitTrimmedAndBounded() {
        assertThat(LandscapeRegistration.tags(null)).isEmpty();
        assertThat(LandscapeRegistration.tags(" web, db ,,")).containsExactly("web", "db");
        assertThat(LandscapeRegistration.tags("t,".repeat(80))).hasSize(50);
        assertThat(LandscapeRegistration.tags("x".repeat(150)).get(0)).hasSize(100);
    }
}
