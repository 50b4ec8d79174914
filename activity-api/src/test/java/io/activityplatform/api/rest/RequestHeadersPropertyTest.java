package io.activityplatform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.activityplatform.service.rest.ProblemException;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * If-Match is client input: every ETag the API hands out reads back as its version, in any of the forms a
 * client may send it, and any other header value is a 400 naming If-Match, never a 5xx and never a version
 * below 1.
 */
class RequestHeadersPropertyTest {

    @Property(tries = 500)
    void everyIssuedEtagReadsBackInEveryFormAClientSends(@ForAll @IntRange(min = 1) int version) {
        String etag = RequestHeaders.etag(version);

        assertThat(RequestHeaders.ifMatch(etag)).isEqualTo(version);
        assertThat(RequestHeaders.ifMatch("W/" + etag)).isEqualTo(version);
        assertThat(RequestHeaders.ifMatch(" " + etag + "\t")).isEqualTo(version);
        assertThat(RequestHeaders.ifMatch(Integer.toString(version))).isEqualTo(version);
    }

    @Property(tries = 1000)
    void anyHeaderValueIsAVersionOfAtLeastOneOrNoneOrA400(@ForAll String header) {
        Throwable thrown = catchThrowable(() -> {
            Integer version = RequestHeaders.ifMatch(header);
            assertThat(version == null || version >= 1).as("version of %s", header).isTrue();
        });
        if (thrown != null) {
            assertThat(thrown).as(header).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.problem().status()).isEqualTo(400);
                assertThat(e.problem().errors().get(0).field()).isEqualTo("If-Match");
            });
        }
    }

    @Property(tries = 200)
    void aVersionBeyondAnIntIsA400(@ForAll @IntRange(min = 0, max = 1000) int extra) {
        String tooBig = Long.toString((long) Integer.MAX_VALUE + 1 + extra);

        assertThatThrownBy(() -> RequestHeaders.ifMatch("\"" + tooBig + "\"")).isInstanceOf(ProblemException.class);
    }

    @Example
    void aMatchingOrAbsentVersionPassesAndADifferentOneIsA412WithTheCurrentVersion() {
        assertThatCode(() -> RequestHeaders.checkVersion(null, "schedule s1", 4)).doesNotThrowAnyException();
        assertThatCode(() -> RequestHeaders.checkVersion(4, "schedule s1", 4)).doesNotThrowAnyException();

        assertThatThrownBy(() -> RequestHeaders.checkVersion(3, "schedule s1", 4))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(412);
                    assertThat(e.problem().detail()).contains("version 3", "schedule s1", "version 4");
                    assertThat(e.problem().properties()).containsEntry("version", 4);
                });
    }
}
