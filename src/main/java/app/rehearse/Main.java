package app.rehearse;

import app.rehearse.cli.RehearseCommand;

/** The jar's entry point: runs a command-line subcommand, or opens the app when none is given. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int exit = RehearseCommand.run(args, System.out, System.err);
        if (exit != RehearseCommand.OPENED_GUI) {
            System.exit(exit);
        }
    }
}
