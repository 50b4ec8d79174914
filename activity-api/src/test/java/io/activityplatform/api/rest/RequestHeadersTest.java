package io.activityplatform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.service.rest.ProblemException;
import org.junit.jupiter.api.Test;

class RequestHeadersTest {

    @Test
    void ifMatchAcceptsStrongWeakAndBareVersions() {
        assertThat(RequestHeaders.ifMatch("\"3\"")).isEqualTo(3);
        assertThat(RequestHeaders.ifMatch("W/\"3\"")).isEqualTo(3);
        assertThat(RequestHeaders.ifMatch(" 12 ")).isEqualTo(12);
        assertThat(RequestHeaders.ifMatch(null)).isNull();
        assertThat(RequestHeaders.ifMatch("*")).isNull();
    }

    @Test
    void anythingElseIsA400NamingIfMatch() {
        for (String bad : new String[] {"\"abc\"", "0", "-1", "\"", "W/"}) {
            assertThatThrownBy(() -> RequestHeaders.ifMatch(bad)).as(bad)
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("If-Match"));
        }
    }

    @Test
    void theEtagIsTheQuotedStatusVersionAndReadsBackThroughIfMatch() {
        assertThat(RequestHeaders.etag(4)).isEqualTo("\"4\"");
        assertThat(RequestHeaders.ifMatch(RequestHeaders.etag(4))).isEqualTo(4);
    }
}
