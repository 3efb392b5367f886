using GazettePress.Cli.Commands;

// gazettepress: one command per editor task (Commands/, registered in CommandLine). Exit codes:
// 0 success, 1 input problems (reported as diagnostics), 2 usage errors, 70 a bug (reported).
return CommandLine.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
