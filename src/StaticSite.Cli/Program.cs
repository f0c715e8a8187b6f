using StaticSite.Cli;

return StaticSiteCommandLine.Run(args, Console.Out, Console.Error);
