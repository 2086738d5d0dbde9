package dev.groundwork.policy.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JunitReportTest {
  @Test
  void replacesWhatXmlCannotHoldAndKeepsEveryOtherCharacter() {
    assertThat(JunitReport.xml("a\u0000b\u001fc\ufffed\uffffe\ud800f\udc00g"))
        .isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg");
    assertThat(JunitReport.xml("🚀 中文 \u202e tab\tline\n<&>\"'"))
        .isEqualTo("🚀 中文 \u202e tab\tline\n&lt;&amp;&gt;&quot;&apos;");
  }
}
