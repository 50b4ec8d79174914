package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void comparesCpuAndMemoryAcrossSuffixes() {
        assertThat(Quantity.parse("500m")).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(Quantity.parse("2")).isGreaterThan(Quantity.parse("1500m"));
        assertThat(Quantity.parse("1Gi")).isEqualByComparingTo(Quantity.parse("1024Mi"));
        assertThat(Quantity.parse("1G")).isLessThan(Quantity.parse("1Gi"));
    }

    @Test
    void rejectsWhatKubernetesWouldReject() {
        assertThat(Quantity.isValid("")).isFalse();
        assertThat(Quantity.isValid("1GB")).isFalse();
        assertThatThrownBy(() -> Quantity.parse("lots")).isInstanceOf(IllegalArgumentException.class);
    }
}
