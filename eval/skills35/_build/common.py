"""Tiny helpers shared by the case files (formatting only; all wording lives in the case files)."""
from render import Case, Rec, T  # noqa: F401

BRK10 = '<speak><break time="10s"/></speak>'
MAIN_EN = ["talk to {}"]


def scene(name, enter_handler=None, intents=(), noinput=None, noinput_handler=None, slots=None, end_on=()):
    """Actions Builder scene YAML.  intents: (intent, handler or None, next scene or None)."""
    y = []
    if slots:
        y.append("slots:")
        for s in slots:
            y += [f"- name: {s[0]}", "  required: true", "  type:", f"    name: {s[1]}"]
            if len(s) > 2:
                y += ["  config:"] + ["    " + l for l in s[2].strip("\n").split("\n")]
    if enter_handler:
        y += ["onEnter:", "  webhookHandler: " + enter_handler]
    ev = []
    for it, h, nxt in intents:
        e = [f"- intent: {it}", "  handler:" if h else None, f"    webhookHandler: {h}" if h else None,
             f"  transitionToScene: {nxt}" if nxt else None]
        ev += [x for x in e if x]
    if noinput is not None or noinput_handler:
        for k in ("actions.intent.NO_INPUT_1", "actions.intent.NO_INPUT_2"):
            ev.append(f"- intent: {k}")
            ev.append("  handler:")
            if noinput_handler:
                ev.append(f"    webhookHandler: {noinput_handler}")
            if noinput is not None:
                ev += ["    staticPrompt:", "      candidates:", "      - promptResponse:", "          firstSimple:",
                       "            variants:", "            - speech: " + _q(noinput)]
    if ev:
        y += ["intentEvents:"] + ev
    return name, "\n".join(y)


def _q(s):
    import json
    return json.dumps(s, ensure_ascii=False)
