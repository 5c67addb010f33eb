package ai.scorecard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void wideCharactersCountAFullEm() {
        assertThat(TextMetrics.width("模型能力", 10)).isEqualTo(40);
        assertThat(TextMetrics.width("abc", 10)).isLessThan(TextMetrics.width("模型能", 10));
    }

    @Test
    void wrapsAtSpacesAndBetweenWideCharacters() {
        assertThat(TextMetrics.wrap("Workflow integration", 80, 12)).containsExactly("Workflow", "integration");
        assertThat(TextMetrics.wrap("Workflow integration", 400, 12)).containsExactly("Workflow integration");
        assertThat(TextMetrics.wrap("融入工作流程的深度", 40, 10)).containsExactly("融入工作", "流程的深", "度");
        assertThat(TextMetrics.wrap("Supercalifragilistic", 20, 12)).containsExactly("Supercalifragilistic");
    }
}
