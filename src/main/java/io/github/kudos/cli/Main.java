package io.github.kudos.cli;

import io.github.kudos.build.Warmup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The kudos command. Commands print only through the streams they are given, so tests can read them. */
@Command(name = "kudos", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Kudos turns YAML profiles of the clients, suppliers and partners you value, and",
                "Markdown stories about your work together, into a static showcase site.", ""},
        footer = {"", "Exit codes: 0 ok, 1 content errors (nothing written), 2 usage errors, 3 internal error.",
                "Run 'kudos help COMMAND' or 'kudos COMMAND --help' for a command's options."})
public final class Main implements Runnable {
    public static final int CONTENT_ERRORS = 1;
    public static final int INTERNAL_ERROR = 3;
    /** The commands that build a site, and gain from warming its libraries up while they read the content. */
    private static final Set<String> SITE_BUILDERS = Set.of("build", "check", "serve");
    /** The commands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (buildsASite(args)) Warmup.start();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** deploy builds only with --build; without it, warming up would only slow its upload down. */
    static boolean buildsASite(String... args) {
        if (args.length == 0) return false;
        return SITE_BUILDERS.contains(args[0]) || args[0].equals("deploy") && Arrays.asList(args).contains("--build");
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("init", InitCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("deploy", DeployCommand::new);
        commands.put("ask", AskCommand::new);
        commands.put("kit", KitCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(args)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cl, parsed) -> internalError(e, cl, parsed))
                .setParameterExceptionHandler(Main::shortUsage)
                .setUsageHelpAutoWidth(false);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The kudos command for these arguments. picocli reads every command's annotations when it is added
     * (about 0.1 s for all of them): a run that names its command gets that one only; help, a typo or no
     * command at all gets every one.
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        String named = args.length > 0 ? args[0] : "";
        if (COMMANDS.containsKey(named) && !named.equals("help")) {
            commandLine.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        return commandLine;
    }

    /** Reports a usage error of a command: "kudos COMMAND: message" on its error stream; returns exit code 2. */
    static int usage(CommandLine.Model.CommandSpec spec, String message) {
        spec.commandLine().getErr().println("kudos " + spec.name() + ": " + message);
        return CommandLine.ExitCode.USAGE;
    }

    /** A mistake on the command line: what was wrong, the command's synopsis and where to read more; not the whole help. */
    private static int shortUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            CommandLine.Help help = commandLine.getHelp();
            err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        }
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int internalError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (e instanceof UsageError usage) return usage(commandLine.getCommandSpec(), usage.getMessage());
        PrintWriter err = commandLine.getErr();
        boolean stacktrace = parsed.hasMatchedOption("--stacktrace")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--stacktrace"));
        java.io.IOException io = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause()
                : e instanceof java.io.IOException checked ? checked : null;
        if (io != null) {
            err.println("kudos " + commandLine.getCommandSpec().name() + ": error: " + IoFailure.describe(io));
            if (stacktrace) e.printStackTrace(err);
            return CONTENT_ERRORS;
        }
        err.println("kudos: internal error: " + e + " (run with --stacktrace for details)");
        if (stacktrace) e.printStackTrace(err);
        return INTERNAL_ERROR;
    }
}
