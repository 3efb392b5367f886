using GazettePress.Cli.Commands;

// gazettepress: one command per editor task. Each command lives in Commands/ and returns the
// process exit code: 0 success, 1 input problems (reported as diagnostics), 2 usage errors.
return CommandLine.Run(args, Console.Out, Console.Error);
