package nl.regietafel;

import java.util.OptionalInt;

import nl.regietafel.cli.OngeldigeOpdrachtException;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.cli.Opdrachtregel;
import nl.regietafel.launch.Relauncher;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The entry point. This class names no Spring type in its code: a process that only relaunches
 * itself ({@link Relauncher}) then loads no class from the jar's libraries, whose first lookup
 * alone costs the Spring Boot launcher about 0,1 s. The job itself runs in {@link JobRun}.
 */
@SpringBootApplication
public class RegietafelApplication {

    public static void main(String[] args) {
        if (Opdrachtregel.vraagtHulp(args)) {
            System.out.print(Opdrachtregel.HULP);
            return;
        }
        Opdracht opdracht;
        try {
            opdracht = Opdrachtregel.lees(args);
        } catch (OngeldigeOpdrachtException e) {
            System.err.println("regietafel: " + e.getMessage());
            System.exit(1);
            return;
        }
        // the checks that read the input (SPEC §7) run in the process that does the job, beside Spring's start-up
        OptionalInt kind = Relauncher.run(args);
        System.exit(kind.isPresent() ? kind.getAsInt() : JobRun.draai(opdracht, args));
    }
}
