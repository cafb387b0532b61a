package nl.regietafel;

import java.util.OptionalInt;

import nl.regietafel.cli.OngeldigeOpdrachtException;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.cli.Opdrachtregel;
import nl.regietafel.launch.JarMain;
import nl.regietafel.launch.Relauncher;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The entry point. This class names no Spring type in its code: a process that only relaunches
 * itself ({@link Relauncher}) then loads no class from the jar's libraries; started from the jar,
 * it does not even have them ({@link JarMain}). The job itself runs in {@link JobRun}.
 */
@SpringBootApplication
public class RegietafelApplication {

    public static void main(String[] args) {
        Begin begin = begin(args);
        if (begin.klaar().isEmpty()) {
            System.exit(JobRun.draai(begin.opdracht(), args));
        } else if (begin.klaar().getAsInt() != 0) {
            System.exit(begin.klaar().getAsInt());
        }
        // 0: the help text or a child that ended well; returning ends the process with 0 all the same
    }

    /** {@link #vooraf}'s answer, and the command line as read when the job is left to this process. */
    private record Begin(OptionalInt klaar, Opdracht opdracht) {
    }

    /**
     * What comes before the job, with nothing but the JDK: the help text (0), a command line the
     * tool cannot act on (its line, 1) or the job done by the relaunched child (its exit code).
     * Empty: the job runs in this process. Called by {@link JarMain} too, before any library is
     * on the class path.
     */
    public static OptionalInt vooraf(String[] args) {
        return begin(args).klaar();
    }

    private static Begin begin(String[] args) {
        if (Opdrachtregel.vraagtHulp(args)) {
            System.out.print(Opdrachtregel.HULP);
            return new Begin(OptionalInt.of(0), null);
        }
        Opdracht opdracht;
        try {
            opdracht = Opdrachtregel.lees(args);
        } catch (OngeldigeOpdrachtException e) {
            System.err.println("regietafel: " + e.getMessage());
            return new Begin(OptionalInt.of(1), null);
        }
        // the checks that read the input (SPEC §7) run in the process that does the job, beside Spring's start-up
        return new Begin(Relauncher.run(opdracht, args), opdracht);
    }
}
