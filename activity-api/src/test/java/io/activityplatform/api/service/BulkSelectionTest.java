package io.activityplatform.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.rest.dto.BulkCommandRequest;
import io.activityplatform.api.rest.dto.FilterParams;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BulkSelectionTest {

    @Test
    void exactlyOneOfIdsAndFilterIsRequired() {
        assertThat(fields(new BulkCommandRequest(null, null, null, null))).containsExactly("ids");
        assertThat(fields(new BulkCommandRequest(List.of(UUID.randomUUID()), FilterParams.NONE, null, null)))
                .containsExactly("filter");
        assertThatNoException().isThrownBy(() -> BulkSelection.validate(
                new BulkCommandRequest(null, FilterParams.NONE, true, null), 2));
    }

    @Test
    void idsMustBeFewEnoughAndPresent() {
        List<UUID> three = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThat(fields(new BulkCommandRequest(three, null, null, null))).containsExactly("ids");
        assertThat(fields(new BulkCommandRequest(Arrays.asList(UUID.randomUUID(), null), null, null, null)))
                .containsExactly("ids[1]");
        assertThat(fields(new BulkCommandRequest(List.of(), null, null, null))).containsExactly("ids");
    }

    @Test
    void aLongReasonIsRefused() {
        assertThat(fields(new BulkCommandRequest(List.of(UUID.randomUUID()), null, null, "r".repeat(501))))
                .containsExactly("reason");
    }

    @Test
    void violationsAre400OrForReferences422() {
        Violations v = new Violations().add("a", "bad").add("b", "worse");
        assertThatThrownBy(v::throwIfAny).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().detail()).isEqualTo("a: bad; b: worse");
        });
        assertThatThrownBy(v::throwUnprocessableIfAny).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(422));
        assertThatNoException().isThrownBy(() -> new Violations().throwIfAny());
    }

    private static List<String> fields(BulkCommandRequest request) {
        try {
            BulkSelection.validate(request, 2);
            return List.of();
        } catch (ProblemException e) {
            return e.problem().errors().stream().map(Problem.FieldError::field).toList();
        }
    }
}
