"""Running the process: the service loop, runner, jobs, checks and status."""
