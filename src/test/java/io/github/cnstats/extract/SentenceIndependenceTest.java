package io.github.cnstats.extract;

import io.github.cnstats.Measurement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nothing after the AST reads beyond its sentence: a line reads the same alone and with another line after it.
 * Before the stages read the window's Text nodes only, a duration that ends a line without a mark (平均利用1800小时)
 * was a statistic alone but not when the next line began with a word, which the duration check went on to read.
 */
class SentenceIndependenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            全县风电设备平均利用2150小时           | 下一行说明情况。
            全縣風電設備平均利用2150小時           | 下一行說明情況。
            本站平均接警用时4分钟                  | 另据统计
            今年全市共破获盗窃案件812起,同比下降6.1% | 其中入室盗窃下降明显。
            """)
    void aLineReadsTheSameWithTheNextAfterIt(String line, String next) {
        List<Measurement> alone = Parsed.all(line);
        List<Measurement> first = Parsed.all(line + "\n" + next).stream()
                .filter(m -> m.span().end() <= line.length()).toList();
        assertEquals(alone, first);
    }
}
