package dev.kijun.report;

import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Level;
import dev.kijun.criteria.Messages;
import dev.kijun.io.InputProblem;
import dev.kijun.model.Evidence;
import dev.kijun.model.EvidenceKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reports built by hand over a tiny catalog of five criteria in two 大区分, one finding of each verdict, so that the
 * writers' goldens do not move when the standard catalog's rules change.
 */
final class SampleReports {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  static final String SHA = "0f".repeat(32);
  private static final Messages MESSAGES =
      Messages.load("dev/kijun/report/test-messages", SampleReports.class.getClassLoader());

  private SampleReports() {}

  static List<Criterion> criteria() {
    return List.of(
        criterion("T-01", 1, "外部サービス提供者の選定基準", "-", "日本の法令の範囲内で運用できること。",
            "The service operates within Japanese law."),
        criterion("T-02", 2, "外部サービス提供者の選定基準", "-",
            "非公開情報のデータが保存されるデータセンターは日本国内にあること。\n（バックアップを含む。）",
            "Data centres holding non-public data are in Japan.\n(Backups included.)"),
        criterion("T-03", 3, "導入・構築時の対策", "アクセス制御に関する事項", "終了の６か月前までに通知すること。",
            "Notice is given six months before the end."),
        criterion("T-04", 4, "導入・構築時の対策", "アクセス制御に関する事項", "仮想マシンのセキュリティを確保すること。",
            "The virtual machines are secured."),
        criterion("T-05", 5, "導入・構築時の対策", "暗号化に関する事項", "暗号化すること。<script>", "Encrypt. <script>"));
  }

  private static Criterion criterion(String id, int number, String category, String subcategory, String ja,
      String en) {
    return new Criterion(CriterionId.of(id), number, category, subcategory, ja, en, Level.REQUIRED,
        List.of("/x/" + id), List.of(), List.of(), "x: true\n");
  }

  static Assessment nonCompliant() {
    Evidence clause = new Evidence(EvidenceKind.CONTRACT_CLAUSE, "利用規約 第30条", LocalDate.of(2026, 4, 1), null);
    List<Finding> findings = List.of(
        new Finding(CriterionId.of("T-01"), Level.REQUIRED, Verdict.SATISFIED, List.of(reason("T-01.law", "JP")),
            List.of(), List.of(), List.of(clause), List.of("T-01 governing law is Japanese"), null, null),
        new Finding(CriterionId.of("T-02"), Level.REQUIRED, Verdict.NOT_SATISFIED,
            List.of(reason("T-02.copy-abroad", "BACKUP", "aws:us-west-2", "US"),
                reason("T-02.copy-in-japan", "PRIMARY", "aws:ap-northeast-1")),
            List.of(), List.of(new PartResult("locations", Verdict.NOT_SATISFIED, List.of())), List.of(),
            List.of("T-02 copy abroad", "T-02 copy in Japan"), null, null),
        new Finding(CriterionId.of("T-03"), Level.REQUIRED, Verdict.UNDETERMINED, List.of(reason("T-03.unknown")),
            List.of("/changeNotice/noticePeriod"), List.of(), List.of(), List.of("T-03 period unknown"), null, null),
        new Finding(CriterionId.of("T-04"), Level.REQUIRED, Verdict.NOT_APPLICABLE,
            List.of(reason("T-04.not-saas", "IAAS")), List.of(), List.of(), List.of(), List.of("T-04 not SaaS"), null,
            null),
        new Finding(CriterionId.of("T-05"), Level.REQUIRED, Verdict.NOT_SATISFIED, List.of(reason("T-05.escaping")),
            List.of(), List.of(), List.of(), List.of("T-05 escaping"), null, null)
            .waivedBy(new AppliedWaiver("総務-2026-001", "情報政策課長", "更改までの暫定措置", LocalDate.of(2027, 3, 31))));
    return new Assessment("sample-non-compliant", "test-catalog 1.0.0", AS_OF, findings, List.of(),
        Map.of("catalog", "test-catalog 1.0.0", "regions", "2026-11-01"));
  }

  static Assessment compliant() {
    List<Finding> findings = criteria().stream()
        .map(c -> new Finding(c.id(), Level.REQUIRED, Verdict.SATISFIED, List.of(reason("T-01.law", "JP")), List.of(),
            List.of(), List.of(), List.of(), null, null))
        .toList();
    return new Assessment("sample-compliant", "test-catalog 1.0.0", AS_OF, findings, List.of(),
        Map.of("catalog", "test-catalog 1.0.0"));
  }

  /** One assessed profile. */
  static Report single() {
    return Report.of(List.of(new ReportItem.Assessed("profiles/sample.yaml", SHA, nonCompliant())), criteria());
  }

  /** Two assessed profiles and one file that could not be read. */
  static Report batch() {
    return Report.of(List.of(
        new ReportItem.Assessed("profiles/a-compliant.yaml", SHA, compliant()),
        new ReportItem.Failed("profiles/broken.yaml",
            List.of(new InputProblem("/serviceModel", 4, 15, "'SAASS' is not allowed here; did you mean 'SAAS'?"))),
        new ReportItem.Assessed("profiles/b-non-compliant.yaml", SHA, nonCompliant())), criteria());
  }

  private static Reason reason(String key, Object... args) {
    return new Reason(key, List.of(args), MESSAGES);
  }
}
