package io.activityplatform.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.console.mapping.TypeDescriptions;
import io.activityplatform.api.console.rest.ActivityTypeDescription;
import io.activityplatform.api.console.rest.ActivityTypeDescription.FieldDescription;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.type.ActivityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeDescriptionsTest {

    @Test
    void describesEveryTypeOnceInDeclarationOrder() {
        List<ActivityTypeDescription> all = TypeDescriptions.all();

        assertThat(all).extracting(ActivityTypeDescription::name)
                .containsExactly(java.util.Arrays.stream(ActivityType.values()).map(ActivityType::wireName)
                        .toArray(String[]::new));
    }

    @Test
    void aScriptsFieldsCarryTheirShapeRequirednessAndBounds() {
        var script = TypeDescriptions.describe(ActivityType.EXECUTE_SCRIPT_REQUEST);

        assertThat(script.kind()).isEqualTo(ActivityKind.CLIENT);
        FieldDescription code = field(script.parameters(), "code");
        assertThat(code.type()).isEqualTo("STRING");
        assertThat(code.required()).isTrue();
        assertThat(code.notBlank()).isTrue();
        assertThat(code.maxSize()).isEqualTo(256 * 1024);
        FieldDescription limit = field(script.parameters(), "timeLimitSeconds");
        assertThat(limit.required()).isFalse();
        assertThat(limit.minimum()).isEqualTo(1L);
        assertThat(limit.maximum()).isEqualTo(86_400L);
        FieldDescription user = field(script.parameters(), "username");
        assertThat(user.pattern()).isNotBlank();
        assertThat(user.example()).matches(user.pattern());
    }

    @Test
    void choicesNestedObjectsAndRulesAreDescribed() {
        var signal = TypeDescriptions.describe(ActivityType.SIGNAL_PROCESS_REQUEST);
        assertThat(field(signal.parameters(), "signal").oneOf()).contains("TERM", "KILL");
        assertThat(signal.atLeastOneOf()).containsExactly(List.of("pid", "name"));

        var profiles = TypeDescriptions.describe(ActivityType.CHANGE_UPGRADE_PROFILES_REQUEST);
        FieldDescription list = field(profiles.parameters(), "profiles");
        assertThat(list.type()).isEqualTo("OBJECT_LIST");
        assertThat(list.fields()).extracting(FieldDescription::name).containsExactly("name", "upgradeType", "autoremove");
        assertThat(field(list.fields(), "upgradeType").oneOf()).containsExactly("all", "security");
        assertThat(list.maxSize()).isEqualTo(100);
    }

    private static FieldDescription field(List<FieldDescription> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
