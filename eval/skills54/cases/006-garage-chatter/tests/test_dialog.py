# replays recorded turns through the handler and stores the I/O in the junit report
