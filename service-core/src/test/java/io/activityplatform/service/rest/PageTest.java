package io.activityplatform.service.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page read as limit + 1: the extra item only says "more follow" and is never shown. */
class PageTest {

    @Test
    void withTheExtraItemThePageHasLimitItemsAndACursorFromTheLastShown() {
        Page<String> page = Page.of(List.of("a", "b", "c", "d"), 3, item -> "after-" + item);

        assertThat(page.items()).containsExactly("a", "b", "c");
        assertThat(page.nextCursor()).isEqualTo("after-c");
    }

    @Test
    void exactlyLimitItemsOrFewerIsTheLastPage() {
        assertThat(Page.of(List.of("a", "b", "c"), 3, item -> "after-" + item).nextCursor()).isNull();
        assertThat(Page.of(List.of("a"), 3, item -> "after-" + item)).isEqualTo(new Page<>(List.of("a"), null));
        assertThat(Page.of(List.<String>of(), 3, item -> "after-" + item).items()).isEmpty();
    }

    @Test
    void aPageDoesNotShareTheReadListsStorage() {
        List<String> read = new ArrayList<>(List.of("a", "b", "c"));
        Page<String> page = Page.of(read, 2, item -> item);

        read.set(0, "changed");

        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mappingKeepsTheCursor() {
        Page<Integer> page = Page.of(List.of("a", "bb", "ccc"), 2, item -> "cur").map(String::length);

        assertThat(page).isEqualTo(new Page<>(List.of(1, 2), "cur"));
    }

    @Test
    void aLimitIsAWholeNumberFromOneToTheCeiling() {
        assertThat(PageLimits.parse(" 1 ")).isEqualTo(1);
        assertThat(PageLimits.parse(String.valueOf(PageLimits.CEILING))).isEqualTo(PageLimits.CEILING);
        for (String bad : new String[] {"0", "-1", String.valueOf(PageLimits.CEILING + 1), "2.5", "ten", ""}) {
            assertThatThrownBy(() -> PageLimits.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anEndpointMaximumIsCheckedAtBothEnds() {
        assertThat(PageLimits.check(100, 100)).isEqualTo(100);
        for (int bad : new int[] {0, 101}) {
            assertThatThrownBy(() -> PageLimits.check(bad, 100)).isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("1 to 100");
        }
    }
}
