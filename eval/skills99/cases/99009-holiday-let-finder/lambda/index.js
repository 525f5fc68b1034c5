// handler code lives in the shared repo
