"""The `safeguard-bot` command: a door like Slack, Teams and the web, above both the core and the adapters.

`cli.main` builds the parser and runs the handler each subcommand names; the handlers live in modules by
job: `doors` (serve, chat, ask, teams-package, dashboard-link), `content_store` (content ...),
`training` (quiz, results, assign, learners, roles, demo-data) and `nudging` (nudges ...)."""
