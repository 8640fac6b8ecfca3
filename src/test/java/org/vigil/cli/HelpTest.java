package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's help reads cleanly on an 80-column terminal, with no warning from the help formatter. */
class HelpTest {

    private static List<CommandSpec> commands() {
        CommandSpec top = new CommandLine(new Main()).getCommandSpec();
        List<CommandSpec> all = new ArrayList<>();
        all.add(top);
        top.subcommands().values().forEach(c -> all.add(c.getCommandSpec()));
        return all;
    }

    /** Runs 'vigil ... --help', with the JVM's own stderr captured too: picocli prints its warnings there. */
    private static String help(CommandSpec c) {
        List<String> args = new ArrayList<>();
        if (c.parent() != null) {
            args.add(c.name());
        }
        args.add("--help");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(jvmErr, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.setErr(saved);
        }
        String all = out + err.toString() + jvmErr.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, c.qualifiedName() + ": " + all);
        return all;
    }

    @Test
    void everyHelpHasNoWarningAndNoLineWiderThan80Columns() {
        List<CommandSpec> commands = commands();
        assertTrue(commands.size() >= 10, "vigil and its subcommands: " + commands.size());
        for (CommandSpec c : commands) {
            String text = help(c);
            assertFalse(text.contains("WARN"), c.qualifiedName() + ":\n" + text);
            for (String line : text.lines().toList()) {
                assertTrue(line.length() <= 80, c.qualifiedName() + ", " + line.length() + " columns: " + line);
            }
        }
    }

    @Test
    void footerLinesFitWithoutWrappingMidToken() {
        for (CommandSpec c : commands()) {
            for (String line : c.usageMessage().footer()) {
                assertTrue(line.length() <= 79, c.qualifiedName() + " footer, " + line.length() + " columns: " + line);
            }
        }
    }

    @Test
    void theFirstDescriptionLineIsOneCompleteSentenceForTheCommandList() {
        for (CommandSpec c : commands()) {
            if (c.parent() == null || c.name().equals("help")) {
                continue;
            }
            String first = c.usageMessage().description()[0];
            assertTrue(first.endsWith("."), c.name() + ": " + first);
        }
    }
}
