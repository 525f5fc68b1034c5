#!/usr/bin/env python3
"""Regenerates ../cases and ../labels.json from the hand-written specs in cases_*.py."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa
import lib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PERM = {"email": "alexa::profile:email:read", "name": "alexa::profile:name:read", "given_name": "alexa::profile:given_name:read",
        "phone": "alexa::profile:mobile_number:read", "address": "alexa::devices:all:address:full:read",
        "zip": "alexa:devices:all:address:country_and_postal_code:read", "location": "alexa::devices:all:geolocation:read",
        "lists": "alexa::household:lists:read", "lists_write": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite",
        "timers": "alexa::alerts:timers:skill:readwrite", "notifications": "alexa::devices:all:notifications:write"}


class Case:
    def __init__(self, id, cats, why, name, inv, locale="en-US", platform="alexa", intents=None, types=None, perms=(),
                 privacy=True, child=False, category="LIFESTYLE", desc=None, recs=(), extra_locales=(), lam=None,
                 plain=False, audio=False, phrases=None, gsdk="builder", files=None):
        self.id, self.cats, self.why, self.name, self.inv, self.locale = id, sorted(cats), why, name, inv, locale
        self.platform, self.intents, self.types, self.perms = platform, intents or {}, types or {}, perms
        self.privacy, self.child, self.category, self.desc = privacy, child, category, desc or name
        self.recs, self.extra_locales, self.lam, self.plain, self.audio = recs, extra_locales, lam, plain, audio
        self.phrases, self.gsdk, self.files = phrases, gsdk, files or {}
        self.ua = "ask-node/2.14.0 Node/v20.11.1" if "py" not in str(recs) else "ask-python/1.19.0 Python/3.11.6"
        self._rec = 0
        self.slug = id.split("-", 1)[1]


def R(shape, path, sessions, start="2026-03-10T09:00:00"):
    return (shape, path, sessions, start)


def alexa_model(c, inv, loc):
    intents = []
    for name, spec in c.intents.items():
        samples, slots = (spec if isinstance(spec, tuple) else (spec, []))
        it = {"name": name, "slots": [{"name": s, "type": ty} for s, ty in slots], "samples": samples}
        if not slots:
            del it["slots"]
        intents.append(it)
    for b in BUILTIN:
        if b not in c.intents:
            intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.types.items()]
    return {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}}


def write_alexa(c, d):
    locs = [c.locale] + [l for l, _ in c.extra_locales]
    pinfo = {}
    for l in locs:
        inv = c.inv if l == c.locale else dict(c.extra_locales)[l]
        wake = "Alexa"
        ph = c.phrases or [f"{wake}, open {inv}", f"{wake}, ask {inv} for help", f"{wake}, launch {inv}"]
        pinfo[l] = {"summary": c.desc[:160], "examplePhrases": ph, "keywords": [], "name": c.name, "description": c.desc,
                    "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON?versionId=small",
                    "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON_LARGE?versionId=large"}
        wjson(f"{d}/skill-package/interactionModels/custom/{l}.json", alexa_model(c, inv, l))
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.perms), "isChildDirected": c.child, "isExportCompliant": True, "containsAds": False}
    if c.privacy:
        pc["locales"] = {l: {"privacyPolicyUrl": c.privacy if isinstance(c.privacy, str) else f"https://{c.slug}.example.org/privacy",
                             "termsOfUseUrl": f"https://{c.slug}.example.org/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pinfo, "isAvailableWorldwide": False,
                                                 "testingInstructions": "Open the skill and follow the prompts.",
                                                 "category": c.category, "distributionCountries": [loc.split('-')[1] for loc in locs]},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:{h(c.id,'acct',n=12)}:function:{c.slug}"},
                                            "interfaces": [{"type": "AUDIO_PLAYER"}] if c.audio else []}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.perms:
        man["manifest"]["permissions"] = [{"name": PERM.get(p, p)} for p in c.perms]
    wjson(f"{d}/skill-package/skill.json", man)
    wjson(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": (
            {"runtime": "python3.11", "handler": "lambda_function.lambda_handler"} if c.lam and c.lam[0].endswith(".py")
            else {"runtime": "nodejs18.x", "handler": "index.handler"})}}}})


def write_google(c, d):
    lang = c.locale.split("-")[0]
    if c.gsdk == "builder":
        perms = "".join(f"\n  - {p}" for p in c.perms)
        wtext(f"{d}/sdk/settings/settings.yaml",
              f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {c.name}\n  pronunciation: {c.inv}\n"
              f"  shortDescription: {c.desc[:70]}\n  fullDescription: {c.desc}\n  developerName: {c.name} Team\n"
              f"  developerEmail: dev@{c.slug}.example.org\n" +
              (f"  privacyPolicyUrl: https://{c.slug}.example.org/privacy\n" if c.privacy else "") +
              f"projectId: {c.slug}-prod\ncategory: {c.category}\nusesTransactionsApi: false\ndesignedForFamily: {str(c.child).lower()}\n"
              )
        wtext(f"{d}/sdk/manifest.yaml", "version: '1.0'\n")
        for name, spec in c.intents.items():
            samples, slots = (spec if isinstance(spec, tuple) else (spec, []))
            y = ""
            if slots:
                y += "parameters:\n" + "".join(f"- name: {s}\n  type:\n    name: {ty}\n" for s, ty in slots)
            y += "trainingPhrases:\n" + "".join(f"- {_yq(p)}\n" for p in samples)
            wtext(f"{d}/sdk/custom/intents/{name}.yaml", y)
        for tname, vals in c.types.items():
            if vals == "freeText":
                wtext(f"{d}/sdk/custom/types/{tname}.yaml", "freeText: {}\n")
            else:
                wtext(f"{d}/sdk/custom/types/{tname}.yaml", "synonym:\n  entities:\n" + "".join(
                    f"    {v.replace(' ', '_')}:\n      synonyms:\n      - {v}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        wtext(f"{d}/sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: Conversation\n")
        reps = [t.r for rec in c.recs for sess in rec[2] for t in sess if t.r is not None]
        rep = reps[-1] if reps else None
        y = "intentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {n}\n  intent: {n}\n" for n in c.intents)
        if rep is not None:
            for ni in ("NO_INPUT_1", "NO_INPUT_2"):
                y += ("- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n"
                      f"            variants:\n            - speech: {_yq(ssml(rep))}\n  intent: actions.intent.{ni}\n")
            y += "- intent: actions.intent.NO_INPUT_FINAL\n  transitionToScene: actions.scene.END_CONVERSATION\n"
        wtext(f"{d}/sdk/custom/scenes/Conversation.yaml", y)
        wtext(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join(f"- name: {n}\n" for n in ["main", *c.intents]) +
              f"httpsEndpoint:\n  baseUrl: https://us-central1-{c.slug}.cloudfunctions.net/fulfillment\n")
    elif c.gsdk == "dialogflow":
        wjson(f"{d}/agent.json", {"description": c.desc, "language": lang, "shortDescription": c.desc[:60], "examples": "",
                                 "displayName": c.name, "googleAssistant": {"googleAssistantCompatible": True, "project": f"{c.slug}-agent",
                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
                                 "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2",
                                 "autoPreviewEnabled": False, "isDeviceAgent": False}, "defaultTimezone": "America/New_York",
                                 "webhook": {"url": f"https://{c.slug}.example.org/dialogflow", "available": True},
                                 "isPrivate": True, "enableOnePlatformResponses": True, "apiVersion": 2})
        wjson(f"{d}/package.json", {"version": "1.0.0"})
        for name, spec in c.intents.items():
            samples, slots = (spec if isinstance(spec, tuple) else (spec, []))
            wjson(f"{d}/intents/{name}.json", {"id": uuid(c.id, name), "name": name, "auto": True, "contexts": [],
                  "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [
                      {"id": uuid(c.id, name, s), "name": s, "required": False, "dataType": ty, "value": "$" + s, "isList": False} for s, ty in slots],
                      "messages": [], "defaultResponsePlatforms": {}, "speech": []}], "priority": 500000, "webhookUsed": True,
                  "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
            us = []
            for p in samples:
                data = []
                import re
                for part in re.split(r"(\{[^}]+\})", p):
                    if not part:
                        continue
                    m = re.fullmatch(r"\{([^}]+)\}", part)
                    if m:
                        s = m.group(1)
                        ty = dict(slots)[s]
                        data.append({"text": "anything" if ty == "@sys.any" else s, "alias": s, "meta": ty, "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uuid(c.id, p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            wjson(f"{d}/intents/{name}_usersays_{lang}.json", us)
        for tname, vals in c.types.items():
            wjson(f"{d}/entities/{tname}.json", {"id": uuid(c.id, tname), "name": tname, "isOverridable": True, "isEnum": False,
                                                 "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            wjson(f"{d}/entities/{tname}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])
    else:  # actions sdk v2
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c.slug},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c.inv}"]}}}]
        for name, spec in c.intents.items():
            samples, slots = (spec if isinstance(spec, tuple) else (spec, []))
            import re
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c.slug},
                         "intent": {"name": name, "parameters": [{"name": s, "type": ty} for s, ty in slots],
                                    "trigger": {"queryPatterns": [re.sub(r"\{([^}]+)\}", lambda m: "$" + dict(slots)[m.group(1)] + ":" + m.group(1), p) for p in samples]}}})
        wjson(f"{d}/action.json", {"actions": acts, "conversations": {c.slug: {"name": c.slug, "url": f"https://{c.slug}.example.org/fulfillment",
                                   "fulfillmentApiVersion": 2}}, "locale": c.locale,
                                   "manifest": {"displayName": c.name, "invocationName": c.inv, "category": c.category,
                                                **({"privacyUrl": f"https://{c.slug}.example.org/privacy"} if c.privacy else {})}})


def _yq(s):
    return '"' + s.replace('"', '\\"') + '"'


# ---------------------------------------------------------------- Google recordings
def g_turns(c, sessions, start):
    import datetime as dt
    t0 = dt.datetime.fromisoformat(start)
    for si, s in enumerate(sessions):
        for ti, t in enumerate(s):
            yield si, ti, t, (t0 + dt.timedelta(minutes=7 * si, seconds=20 * ti)).strftime("%Y-%m-%dT%H:%M:%SZ")


def gr_scene(c, path, sessions, start):
    out = []
    for si, ti, t, ts in g_turns(c, sessions, start):
        sid = "ABwppHF" + h(c.id, c._rec, si, n=20)
        req = {"handler": {"name": "main" if t.i == "Launch" else t.i},
               "intent": {"name": "actions.intent.MAIN" if t.i == "Launch" else t.i,
                          "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": t.u},
               "scene": {"name": "actions.scene.START_CONVERSATION" if t.i == "Launch" else "Conversation", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": c.locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": ts},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False}}
        if t.s is not None:
            resp["prompt"]["firstSimple"] = {"speech": ssml(t.s, t.raw), "text": speech_of(t) or ""}
        if t.end:
            resp["scene"] = {"name": "Conversation", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        else:
            resp["scene"] = {"name": "Conversation", "slots": {}, "next": {"name": "Conversation"}}
        if t.directives:
            resp.update(t.directives[0])
        out.append({"timestamp": ts, "request": req, "response": resp})
    wjson(path, out)


def gr_dialogflow(c, path, sessions, start):
    lang = c.locale.split("-")[0]
    out = []
    for si, ti, t, ts in g_turns(c, sessions, start):
        sess = f"projects/{c.slug}-agent/agent/sessions/{h(c.id, c._rec, si, n=36)}"
        intent = "Default Welcome Intent" if t.i == "Launch" else t.i
        req = {"responseId": uuid(c.id, c._rec, si, ti), "session": sess,
               "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if t.i == "Launch" else t.u, "parameters": t.slots,
                               "allRequiredParamsPresent": True, "intent": {"name": f"projects/{c.slug}-agent/agent/intents/{uuid(c.id, intent)}",
                                                                            "displayName": intent}, "intentDetectionConfidence": 1, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": c.locale, "userVerificationStatus": "VERIFIED", "lastSeen": ts},
                   "conversation": {"conversationId": h(c.id, c._rec, si, n=36), "type": "NEW" if ti == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if t.i == "Launch" else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": t.u}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        items = []
        if t.s is not None:
            items.append({"simpleResponse": {"textToSpeech": ssml(t.s, t.raw)}})
        g = {"expectUserResponse": not t.end, "richResponse": {"items": items}}
        if t.r is not None:
            g["noInputPrompts"] = [{"ssml": ssml(t.r, t.raw)}]
        if t.directives:
            g["systemIntent"] = t.directives[0]
        out.append({"request": req, "response": {"payload": {"google": g}, "fulfillmentText": speech_of(t) or ""}})
    wjson(path, out)


def gr_conversation(c, path, sessions, start):
    out = []
    for si, ti, t, ts in g_turns(c, sessions, start):
        cid = str(int(h(c.id, c._rec, si, n=12), 16))
        req = {"user": {"locale": c.locale, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": "actions.intent.MAIN" if t.i == "Launch" else t.i,
                           "rawInputs": [{"inputType": "VOICE", "query": t.u}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        if t.end:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t.s, t.raw)}}]}}}
        else:
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {
                "richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": ssml(t.s, t.raw)}}]},
                "noInputPrompts": [{"textToSpeech": ssml(t.r, t.raw)}] if t.r is not None else []},
                "possibleIntents": t.directives or [{"intent": "actions.intent.TEXT"}]}]}
        out.append({"request": req, "response": resp})
    wjson(path, out)


GRENDER = {"gactions-scene": gr_scene, "dialogflow-webhook": gr_dialogflow, "gactions-conversation": gr_conversation}


def build(c):
    d = os.path.join(ROOT, "cases", c.id)
    (write_alexa if c.platform == "alexa" else write_google)(c, d)
    shapes = []
    for k, (shape, path, sessions, start) in enumerate(c.recs):
        c._rec = k
        if shape in GRENDER:
            GRENDER[shape](c, os.path.join(d, path), sessions, start)
        else:
            RENDER[shape](c, os.path.join(d, path), sessions, start)
        s = SHAPE_LABEL.get(shape, shape)
        if s not in shapes:
            shapes.append(s)
    if c.lam:
        fn, code = c.lam
        wtext(os.path.join(d, fn), code)
    for fn, body in c.files.items():
        wtext(os.path.join(d, fn), body)
    return {"categories": c.cats, "locale": c.locale, "shapes": shapes, "why": c.why}


def main():
    import importlib
    if os.path.exists(os.path.join(ROOT, "cases")):
        shutil.rmtree(os.path.join(ROOT, "cases"))
    labels = {}
    for mod in ["cases_en", "cases_en2", "cases_frca", "cases_it", "cases_esus", "cases_hi", "cases_pt", "cases_google"]:
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError as e:
            if e.name == mod:
                continue
            raise
        for c in m.CASES:
            assert c.id not in labels, c.id
            labels[c.id] = build(c)
    wjson(os.path.join(ROOT, "labels.json"), dict(sorted(labels.items())))
    print(len(labels), "cases")


if __name__ == "__main__":
    main()
