"""Small shorthands used by the hand-written case files."""
from render import Case, R, T  # noqa


def L(inv, say, rep=None, end=False, u=None, **k):
    """Launch turn ("open <invocation>")."""
    return T(u or ("open " + inv), "LaunchRequest", None, say, rep, end, **k)


def I(u, intent, slots=None, say="", rep=None, end=False, **k):
    return T(u, intent, slots, say, rep, end, **k)


def G(u, intent, slots=None, say="", rep=None, end=False, **k):
    """Google turn; rep = no-input prompt(s); end=True closes the conversation."""
    return T(u, intent, slots, say, rep, end, **k)


def POL(domain):
    return "https://%s/privacy" % domain


def scene(on_enter, events, no_input=None, no_match=None):
    """Actions Builder scene YAML. events: list of (intent, handler, transitionToScene or None)."""
    out = ["onEnter:", "  webhookHandler: %s" % on_enter, "intentEvents:"]
    for it, h, to in events:
        out.append("- intent: %s" % it)
        out.append("  handler:\n    webhookHandler: %s" % h)
        if to:
            out.append("  transitionToScene: %s" % to)
    for sysint, prompts in (("actions.intent.NO_INPUT_1", no_input), ("actions.intent.NO_MATCH_1", no_match)):
        if prompts:
            out.append("- intent: %s" % sysint)
            out.append("  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:")
            for p in prompts:
                out.append("            - speech: %s" % __import__("json").dumps(p, ensure_ascii=False))
    return "\n".join(out) + "\n"
