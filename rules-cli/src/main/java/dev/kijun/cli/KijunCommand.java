package dev.kijun.cli;

import dev.kijun.KijunException;
import dev.kijun.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kijun} command and its subcommands. */
@Command(
    name = "kijun",
    mixinStandardHelpOptions = true,
    versionProvider = KijunCommand.VersionProvider.class,
    description = {
        "Judges an external (cloud) service's profile against 別表２「外部サービス選定基準」,",
        "criterion by criterion: 満たす / 満たさない / 判断できない / 対象外, and why."},
    subcommands = {AssessCommand.class, ValidateCommand.class, CatalogCommand.class, ExplainCommand.class,
        SchemaCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every profile is COMPLIANT (適合)",
        "1:a profile is NON_COMPLIANT (不適合)",
        "2:invalid input, broken rules or policy, or a usage error",
        "3:no profile fails, but some criteria cannot be decided (要確認)"})
final class KijunCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. kijun assess profile.yaml");
  }

  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new KijunCommand());
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INVALID_INPUT);
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("kijun: " + e.getMessage());
      failed.getErr().println("Try 'kijun " + (failed.getCommandName().equals("kijun") ? "" : failed.getCommandName() + " ")
          + "--help' for more information.");
      return ExitCodes.INVALID_INPUT;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof KijunException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        commandLine.getErr().println("kijun: " + e.getMessage());
      } else {
        commandLine.getErr().println("kijun: unexpected error: " + e);
      }
      return ExitCodes.INVALID_INPUT;
    });
    return cl;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kijun " + Version.get()};
    }
  }
}
