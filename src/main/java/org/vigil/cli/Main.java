package org.vigil.cli;

import java.io.PrintWriter;
import org.vigil.VigilException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `vigil` command: one line per user error, a stack trace only for bugs. */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
        description = {
            "Turns news reports of political violence and diplomacy into sourced, geocoded, dated events.",
            "",
            "Start with 'vigil demo', then 'vigil extract FILE' on a report of your own."},
        subcommands = {DemoCommand.class, ExtractCommand.class, IngestCommand.class, EventsCommand.class,
            EventCommand.class, FindingsCommand.class, EvalCommand.class, PlacesCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  vigil demo                               the bundled sample, ingested, shown",
            "  vigil extract --format table report.txt  one article's events as a table",
            "  vigil extract --published 2023-01-31 -   an article from standard input"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line; the entry point for tests, which pass their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof VigilException ve) {
                err.println("vigil: " + ve.getMessage());
                return ve.exitCode();
            }
            err.println("vigil: internal error (" + ex + "); please report it with the input that caused it");
            ex.printStackTrace(err);
            return VigilException.SOFTWARE;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("vigil: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return VigilException.USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
