package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {

  @Test
  void catalog_lists_all_22_criteria_with_level_and_text() {
    Cli.Run run = Cli.run("catalog");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().filter(l -> l.matches("\\s+B2-\\d\\d  必須  .+"))).hasSize(22);
    assertThat(run.out()).contains("外部サービス提供者の選定基準", "アクセス制御に関する事項");
  }

  @Test
  void catalog_json_gives_ids_numbers_categories_texts_and_levels() throws IOException {
    Cli.Run run = Cli.run("catalog", "--format", "json");

    JsonNode criteria = new ObjectMapper().readTree(run.out()).get("criteria");
    assertThat(criteria).hasSize(22);
    JsonNode first = criteria.get(0);
    assertThat(first.get("id").asText()).isEqualTo("B2-01");
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("category").asText()).isEqualTo("外部サービス提供者の選定基準");
    assertThat(first.get("level").asText()).isEqualTo("REQUIRED");
    assertThat(first.get("textJa").asText()).startsWith("日本の法令の範囲内");
    assertThat(first.get("textEn").asText()).startsWith("The service can be operated");
  }

  @Test
  void explain_shows_the_text_the_facts_and_an_example() {
    Cli.Run run = Cli.run("explain", "b2-3");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("B2-03", "利用する外部サービスのリージョンを日本国内に限定すること。",
        "The regions of the external service used are limited to Japan.", "/regionUse/restrictedToJapan",
        "regions: [aws:ap-northeast-1, aws:ap-northeast-3]");
  }

  @Test
  void explain_an_unknown_criterion_names_the_known_ones() {
    Cli.Run run = Cli.run("explain", "B2-04");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no criterion 'B2-04'", "B2-03, B2-05");
  }

  @Test
  void explain_b2_22_shows_the_list_revision_in_use_and_how_to_declare_algorithms() {
    Cli.Run ja = Cli.run("explain", "B2-22");
    assertThat(ja.out()).contains("申告のしかた:", "判定に使うデータの改訂:", "cryptrec: CRYPTREC LS-0001-2022R2 (2026-03-30)");
    Cli.Run en = Cli.run("explain", "--lang", "en", "B2-22");
    assertThat(en.out()).contains("how to declare:", "keyExchangeGroups", "LS-0001-2022R2");
  }
}
