package nl.regietafel;

import java.util.Arrays;

/**
 * The build's ahead-of-time step (the Spring Boot plugin's process-aot goal) runs this instead of
 * {@link RegietafelApplication}: the same application as {@link JobRun} starts it, without a
 * command line, its checks of the input or the relaunch. The step writes the bean definitions
 * Spring would make as code; a run with {@code spring.aot.enabled} (the relaunched child, see
 * {@code launch.Relauncher}) registers those instead of scanning and evaluating conditions.
 *
 * <p>So whatever a condition decides is decided here, once. The tool's own beans have none (a
 * decision that depends on the run is made in the bean's code); of Boot's, only the mail sender
 * depends on a setting a user gives ({@code spring.mail.host}): the step sets a host that no run
 * uses, so the sender exists and takes the run's own {@code spring.mail.*}, and the verzend step
 * itself refuses to send without a host, as it did without the sender.
 */
public final class AotMain {

    private AotMain() {
    }

    public static void main(String[] args) {
        String[] metMail = Arrays.copyOf(args, args.length + 1);
        metMail[args.length] = "--spring.mail.host=alleen-voor-de-bouw";
        JobRun.applicatie().run(metMail);
    }
}
