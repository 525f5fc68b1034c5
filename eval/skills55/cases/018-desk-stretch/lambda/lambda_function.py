# ask-sdk-core handlers (excerpt omitted)
