"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
No case content is invented here: every sentence, sample and value comes from the descriptions."""
import datetime, hashlib, json, os, uuid

BUILTIN = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent",
           "AMAZON.NavigateHomeIntent"]


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    return str(uuid.UUID(hid(*parts)))


# ---------------------------------------------------------------- turn helpers
def T(user, intent, speech, reprompt=None, end="auto", slots=None, card=None, perms_card=None, audio=None):
    """One Alexa turn. intent: 'Launch', 'SessionEnded' or an intent name."""
    return dict(user=user, intent=intent, speech=speech, reprompt=reprompt, end=end, slots=slots or {},
                card=card, perms_card=perms_card)


def G(user, intent, speech, noinput=None, expect=True, params=None, scene=None, nxt=None, perm=None, card=None):
    """One Google turn."""
    return dict(user=user, intent=intent, speech=speech, noinput=noinput or [], expect=expect,
                params=params or {}, scene=scene, nxt=nxt, perm=perm, card=card)


def W(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def J(path, obj):
    W(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def speech_obj(s):
    if s is None:
        return None
    if s.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


# ---------------------------------------------------------------- Alexa package
def alexa_package(d, c):
    locs = [c["locale"]] + c.get("more_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["summary"], "description": c.get("desc", c["summary"]),
                  "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
                  "name": c["name"], "keywords": c.get("keywords", []),
                  "smallIconUri": "https://example-cdn.net/icons/%s-108.png" % hid(c["id"], n=10),
                  "largeIconUri": "https://example-cdn.net/icons/%s-512.png" % hid(c["id"], n=10)}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")), "isChildDirected": c.get("child", False),
          "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"}
                         for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                   "testingInstructions": c.get("testing", "Link a test account and follow the prompts."),
                                                   "category": c.get("category", "SMART_HOME"),
                                                   "distributionCountries": c.get("countries", [])},
                        "apis": {"custom": {"endpoint": {"uri": arn(c)}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["manifest"]["events"] = c["events"]
    J(os.path.join(d, "skill-package", "skill.json"), man)
    models = c.get("models") or {c["locale"]: (c["inv"], c["intents"], c.get("types", {}))}
    for l in locs:
        inv, intents, types = models.get(l, models[c["locale"]])
        ints = []
        for it in intents:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            ints.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        for b in BUILTIN:
            if not any(i["name"] == b for i in ints):
                ints.append({"name": b, "samples": []})
        tys = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in types.items()]
        J(os.path.join(d, "skill-package", "interactionModels", "custom", l + ".json"),
          {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": tys}}})
    if c.get("ask_resources", True):
        py = any(r[0] == "jupyter-notebook" for r in c["recs"])
        J(os.path.join(d, "ask-resources.json"),
          {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
              "skillMetadata": {"src": "./skill-package"},
              "code": {"default": {"src": "./lambda"}},
              "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                      "userConfig": {"runtime": "python3.11" if py else "nodejs18.x",
                                                      "handler": "lambda_function.lambda_handler" if py else "index.handler"}}}}})


def arn(c):
    return "arn:aws:lambda:%s:%s:function:%s" % (c.get("region", "eu-west-1"), str(int(hid(c["id"], n=8), 16))[:12].rjust(12, "4"),
                                                  c["id"].split("-", 1)[1])


# ---------------------------------------------------------------- Alexa exchanges
def alexa_pairs(c, sessions, t0, tag=""):
    """Return list of (req, resp, turn) for every turn of every session."""
    out = []
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hid(c["id"], "user", n=40).upper()
    dev = "amzn1.ask.device." + hid(c["id"], "dev", n=40).upper()
    t = t0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], tag, si)
        for ti, tr in enumerate(sess):
            t += datetime.timedelta(seconds=7 + 3 * ti)
            rq = {"type": {"Launch": "LaunchRequest", "SessionEnded": "SessionEndedRequest"}.get(tr["intent"], "IntentRequest"),
                  "requestId": "amzn1.echo-api.request." + uid(c["id"], tag, si, ti),
                  "locale": c.get("rec_locale", c["locale"]), "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
            if rq["type"] == "IntentRequest":
                rq["intent"] = {"name": tr["intent"], "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in tr["slots"].items()}}
            if rq["type"] == "SessionEndedRequest":
                rq["reason"] = "USER_INITIATED"
            sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
                    "device": {"deviceId": dev, "supportedInterfaces": {}},
                    "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "user": {"userId": user}, "attributes": {}},
                   "context": {"System": sys_}, "request": rq}
            if ti == 0:
                del req["session"]["attributes"]
            r = {}
            if tr["speech"] is not None:
                r["outputSpeech"] = speech_obj(tr["speech"])
            if tr["card"]:
                r["card"] = {"type": "Standard" if len(tr["card"]) > 2 else "Simple", "title": tr["card"][0],
                             ("text" if len(tr["card"]) > 2 else "content"): tr["card"][1]}
            if tr["perms_card"]:
                r["card"] = {"type": "AskForPermissionsConsent", "permissions": tr["perms_card"]}
            if tr["reprompt"] is not None:
                r["reprompt"] = {"outputSpeech": speech_obj(tr["reprompt"])}
            end = tr["end"]
            if end == "auto":
                end = tr["reprompt"] is None
            if end is not None:
                r["shouldEndSession"] = end
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
            if rq["type"] == "SessionEndedRequest":
                resp = {"version": "1.0", "response": {}}
            out.append((req, resp, tr))
    return out


def caption(resp):
    o = resp.get("response", {}).get("outputSpeech") or {}
    return o.get("text") or o.get("ssml") or ""


def rec_alexa(c, d, shape, path, sessions, t0, tag):
    P = alexa_pairs(c, sessions, t0, tag)
    full = os.path.join(d, path)
    ep = arn(c)
    if shape == "envelope":  # one response per file; path is a folder
        for i, (_, resp, _) in enumerate(P):
            J(os.path.join(full, "%02d-%s.json" % (i + 1, (resp.get("response") or {}).get("shouldEndSession", "open"))), resp)
    elif shape == "pairs-jsonl":
        W(full, "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for a, b, _ in P))
    elif shape == "pairs-array":
        J(full, [{"request": a, "response": b} for a, b, _ in P])
    elif shape == "smapi-simulation":
        for i, (a, b, tr) in enumerate(P):
            J(os.path.join(full, "sim-%02d.json" % (i + 1)),
              {"id": uid(c["id"], tag, "sim", i), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": caption(b)}}],
                                                 "consideredIntents": [{"name": a["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": a},
                                                                   "invocationResponse": {"body": b},
                                                                   "metrics": {"skillExecutionTimeInMilliseconds": 140 + i * 17}}]},
                          "error": None}})
    elif shape == "smapi-invocation":
        for i, (a, b, tr) in enumerate(P):
            J(os.path.join(full, "invoke-%02d.json" % (i + 1)),
              {"id": uid(c["id"], tag, "inv", i), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": ep, "body": a},
                                                 "invocationResponse": {"body": b},
                                                 "metrics": {"skillExecutionTimeInMilliseconds": 95 + i * 11}}, "error": None}})
    elif shape == "ask-dialog":
        J(os.path.join(full, "dialog-replay.json"),
          {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text",
           "userInput": [tr["user"] for _, _, tr in P if tr["user"]]})
        J(os.path.join(full, "dialog-output.json"),
          [{"utterance": tr["user"], "invocations": [{"invocationRequest": {"endpoint": ep, "body": a},
                                                      "invocationResponse": {"body": b}}],
            "alexaResponses": [{"type": "Speech", "content": {"caption": caption(b)}}]} for a, b, tr in P if tr["user"]])
    elif shape == "ask-dialog-text":
        J(os.path.join(full, "replay.json"),
          {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text",
           "userInput": [tr["user"] for _, _, tr in P if tr["user"]]})
        lines = []
        for a, b, tr in P:
            if tr["user"]:
                lines.append("User  > " + tr["user"])
                lines.append("Alexa > " + caption(b))
        W(os.path.join(full, "replay-output.txt"), "\n".join(lines) + "\n")
    elif shape in ("cloudwatch-text", "cloudwatch-json"):
        lines, ev = [], []
        for i, (a, b, tr) in enumerate(P):
            rid = uid(c["id"], tag, "lam", i)
            ts = a["request"]["timestamp"].replace("Z", ".%03dZ" % (100 + i))
            grp = [f"START RequestId: {rid} Version: $LATEST",
                   f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(a, ensure_ascii=False)}",
                   f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(b, ensure_ascii=False)}",
                   f"END RequestId: {rid}",
                   f"REPORT RequestId: {rid}\tDuration: {31.4 + i:.2f} ms\tBilled Duration: {32 + i} ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB"]
            lines += grp
            base = int(datetime.datetime.strptime(a["request"]["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            for k, g in enumerate(grp):
                ev.append({"logStreamName": "2024/%s/[$LATEST]%s" % (a["request"]["timestamp"][5:10].replace("-", "/"), hid(c["id"], tag, n=32)),
                           "timestamp": base + k, "message": g + "\n", "ingestionTime": base + 900,
                           "eventId": str(int(hid(c["id"], tag, i, k, n=15), 16)).ljust(56, "0")})
        if shape == "cloudwatch-text":
            W(full, "\n".join(lines) + "\n")
        else:
            J(full, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for i, (a, b, tr) in enumerate(P):
            body, rbody = json.dumps(a, ensure_ascii=False), json.dumps(b, ensure_ascii=False)
            ents.append({"startedDateTime": a["request"]["timestamp"].replace("Z", ".000Z"), "time": 88 + i,
                         "request": {"method": "POST", "url": c.get("endpoint_url", "https://skills.%s.example.net/alexa" % c["id"].split("-", 1)[1]),
                                     "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                     "postData": {"mimeType": "application/json", "text": body}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": len(rbody.encode()), "mimeType": "application/json", "text": rbody},
                                      "redirectURL": "", "headersSize": -1, "bodySize": len(rbody.encode())},
                         "cache": {}, "timings": {"send": 1, "wait": 80 + i, "receive": 7}})
        J(full, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ents}})
    elif shape == "transcript":
        lines = []
        for a, b, tr in P:
            ts = a["request"]["timestamp"]
            if tr["user"]:
                lines.append(f"[{ts}] USER: {tr['user']}")
            if caption(b):
                lines.append(f"[{ts}] SKILL: {caption(b)}")
            rp = b.get("response", {}).get("reprompt")
            if rp:
                lines.append(f"[{ts}] SKILL (reprompt): {rp['outputSpeech'].get('ssml') or rp['outputSpeech'].get('text')}")
            se = b.get("response", {}).get("shouldEndSession")
            lines.append(f"session_open={'false' if se else 'true'}")
        W(full, "\n".join(lines) + "\n")
    # ---------------- new shapes of this set
    elif shape == "homeassistant-log":
        noise = c.get("noise", [])
        lines = []
        for i, (a, b, tr) in enumerate(P):
            ts = a["request"]["timestamp"].replace("T", " ").replace("Z", ".%03d" % (211 + i))
            if i < len(noise):
                lines.append(f"{ts} INFO (MainThread) [homeassistant.core] {noise[i]}")
            lines.append(f"{ts} DEBUG (MainThread) [homeassistant.components.alexa.intent] Received Alexa request: {json.dumps(a, ensure_ascii=False)}")
            lines.append(f"{ts} DEBUG (MainThread) [custom_components.{c['id'].split('-', 1)[1].replace('-', '_')}.skill] Sending Alexa response: {json.dumps(b, ensure_ascii=False)}")
        W(full, "\n".join(lines) + "\n")
    elif shape == "openhab-log":
        noise = c.get("noise", [])
        lines = []
        for i, (a, b, tr) in enumerate(P):
            ts = a["request"]["timestamp"].replace("T", " ").replace("Z", ".%03d" % (402 + i))
            if i < len(noise):
                lines.append(f"{ts} [INFO ] [openhab.event.ItemStateChangedEvent     ] - {noise[i]}")
            lines.append(f"{ts} [DEBUG] [org.openhab.automation.jsscripting.skillbridge] - skill request {json.dumps(a, ensure_ascii=False)}")
            lines.append(f"{ts} [DEBUG] [org.openhab.automation.jsscripting.skillbridge] - skill response {json.dumps(b, ensure_ascii=False)}")
        W(full, "\n".join(lines) + "\n")
    elif shape == "mqtt-dump":
        noise = c.get("noise", [])
        base = c.get("topic", "home/voice/" + c["id"].split("-", 1)[1])
        lines = []
        for i, (a, b, tr) in enumerate(P):
            ts = a["request"]["timestamp"].replace("Z", "+0000")
            if i < len(noise):
                lines.append(f"{ts} {noise[i]}")
            lines.append(f"{ts} {base}/request {json.dumps(a, ensure_ascii=False)}")
            lines.append(f"{ts} {base}/response {json.dumps(b, ensure_ascii=False)}")
        W(full, "\n".join(lines) + "\n")
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for i, (a, b, tr) in enumerate(P):
            out = "REQUEST " + json.dumps(a, ensure_ascii=False) + "\nRESPONSE " + json.dumps(b, ensure_ascii=False)
            cases.append('    <testcase classname="tests.test_dialog" name="test_turn_%02d_%s" time="0.%03d">\n'
                         '      <system-out>%s</system-out>\n    </testcase>' % (i + 1, (tr["intent"] or "x").replace(".", "_"), 40 + i, escape(out)))
        W(full, '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="%d" time="0.9" timestamp="%s" hostname="ci-runner-3">\n%s\n  </testsuite>\n</testsuites>\n'
          % (len(P), P[0][0]["request"]["timestamp"][:19], "\n".join(cases)))
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [c.get("nb_title", "# Dialog check against the local handler\n")]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json\n", "from lambda_function import lambda_handler\n", "def run(ev):\n", "    r = lambda_handler(ev, None)\n", "    print(json.dumps(r, ensure_ascii=False))\n", "    return r\n"]}]
        for i, (a, b, tr) in enumerate(P):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": ["ev = %s\n" % json.dumps(a, ensure_ascii=False), "run(ev)\n"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [json.dumps(b, ensure_ascii=False) + "\n"]}]})
        J(full, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                              "language_info": {"name": "python", "version": "3.11.6"}},
                 "nbformat": 4, "nbformat_minor": 5})
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- Google
def gsimple(s):
    return {"simpleResponse": {"textToSpeech": s}} if s else None


def google_package(d, c):
    kind = c["gkind"]
    lang = c["locale"].split("-")[0]
    if kind == "builder":
        st = {"projectId": c["id"].split("-", 1)[1] + "-7f3a", "defaultLocale": lang if lang != "en" else "en",
              "localizedSettings": {"displayName": c["name"], "pronunciation": c["inv"],
                                    "shortDescription": c["summary"], "fullDescription": c.get("desc", c["summary"]),
                                    "developerName": c.get("dev", "Hearthside Labs"), "developerEmail": "dev@" + hid(c["id"], n=6) + ".example.net",
                                    "sampleInvocations": c.get("examples") or ["Talk to " + c["inv"]]},
              "category": c.get("gcategory", "HOME_CONTROL"), "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
              "usesInteractiveCanvas": False, "designedForFamily": c.get("child", False)}
        if c.get("policy"):
            st["localizedSettings"]["privacyPolicyUrl"] = c["policy"]
        W(os.path.join(d, "sdk", "settings", "settings.yaml"), yaml(st))
        W(os.path.join(d, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
        W(os.path.join(d, "sdk", "actions", "actions.yaml"),
          "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    engagement:\n      title: %s\n" % c["name"])
        W(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          "handlers:\n" + "".join("- name: %s\n" % h for h in c.get("handlers", ["main"])) + "httpsEndpoint:\n  baseUrl: https://europe-west1-%s.cloudfunctions.net/ActionsOnGoogleFulfillment\n" % st["projectId"])
        sub = "" if lang == "en" else lang + "/"
        for it in c["intents"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            txt = "trainingPhrases:\n" + "".join("- %s\n" % json.dumps(s, ensure_ascii=False) for s in samples)
            if params:
                txt = "parameters:\n" + "".join("- name: %s\n  type:\n    name: %s\n" % (k, v) for k, v in params.items()) + txt
            W(os.path.join(d, "sdk", "custom", "intents", sub + name + ".yaml"), txt)
        for tname, vals in c.get("types", {}).items():
            W(os.path.join(d, "sdk", "custom", "types", sub + tname + ".yaml"),
              "synonym:\n  entities:\n" + "".join("    %s:\n      synonyms:\n      - %s\n" % (json.dumps(v.replace(" ", "_"), ensure_ascii=False), json.dumps(v, ensure_ascii=False)) for v in vals)
              + "  matchType: EXACT_MATCH\n")
        for sname, stext in c["scenes"].items():
            W(os.path.join(d, "sdk", "custom", "scenes", sname + ".yaml"), stext)
    elif kind == "sdkv2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "home"},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("main_patterns", ["talk to " + c["inv"]])}}}]
        for it in c["intents"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            acts.append({"description": name, "name": name.split(".")[-1], "fulfillment": {"conversationName": "home"},
                         "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                    "trigger": {"queryPatterns": samples}}})
        man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["summary"],
               "longDescription": c.get("desc", c["summary"]), "category": c.get("gcategory", "HOME_CONTROL")}
        if c.get("policy"):
            man["privacyUrl"] = c["policy"]
        J(os.path.join(d, "action.json"), {"locale": c["locale"].split("-")[0], "manifest": man, "actions": acts,
                                            "conversations": {"home": {"name": "home", "url": "https://%s.example.net/fulfillment" % c["id"].split("-", 1)[1],
                                                                       "fulfillmentApiVersion": 2}}})
    elif kind == "dialogflow":
        J(os.path.join(d, "agent.json"),
          {"description": c["summary"], "language": lang, "shortDescription": c["name"], "examples": "",
           "linkToDocs": c.get("policy") or "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
           "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"].split("-", 1)[1] + "-df",
                               "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                               "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "",
                                                                    "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy") or "",
                                                                    "grantType": "AUTH_CODE_GRANT"},
                               "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                               "autoPreviewEnabled": False, "isDeviceAgent": False},
           "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": "https://%s.example.net/df" % c["id"].split("-", 1)[1],
                                                                     "username": "", "headers": {}, "available": True,
                                                                     "useForDomains": False, "cloudFunctionsEnabled": False,
                                                                     "cloudFunctionsInitialized": False},
           "isPrivate": True, "supportedLanguages": [], "onePlatformApiVersion": "v2beta1", "apiVersion": "v2",
           "enableOnePlatformApi": True, "invocationName": c["inv"]})
        for it in c["intents"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            J(os.path.join(d, "intents", name + ".json"),
              {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [], "webhookUsed": True,
               "webhookForSlotFilling": False, "fallbackIntent": name.startswith("Default Fallback"), "events": it[3] if len(it) > 3 else [],
               "responses": [{"resetContexts": False, "affectedContexts": [], "action": "",
                              "parameters": [{"id": uid(c["id"], name, k), "required": False, "dataType": v, "name": k,
                                              "value": "$" + k, "isList": False} for k, v in params.items()],
                              "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
               "priority": 500000})
            us = []
            for s in samples:
                data = []
                for part in s:
                    if isinstance(part, tuple):
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["id"], name, str(s)), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            if samples:
                J(os.path.join(d, "intents", "%s_usersays_%s.json" % (name, lang)), us)
        for tname, vals in c.get("types", {}).items():
            J(os.path.join(d, "entities", tname + ".json"), {"id": uid(c["id"], tname), "name": tname, "isOverridable": True,
                                                            "isEnum": False, "isRegexp": False, "automatedExpansion": False,
                                                            "allowFuzzyExtraction": False})
            J(os.path.join(d, "entities", "%s_entries_%s.json" % (tname, lang)), [{"value": v, "synonyms": [v]} for v in vals])
    for p, txt in c.get("files", {}).items():
        W(os.path.join(d, p), txt)


def yaml(o, ind=0):
    s = ""
    for k, v in o.items():
        if isinstance(v, dict):
            s += " " * ind + f"{k}:\n" + yaml(v, ind + 2)
        elif isinstance(v, list):
            s += " " * ind + f"{k}:\n" + "".join(" " * (ind + 2) + "- " + json.dumps(x, ensure_ascii=False) + "\n" for x in v)
        elif isinstance(v, bool):
            s += " " * ind + f"{k}: {'true' if v else 'false'}\n"
        else:
            s += " " * ind + f"{k}: {json.dumps(v, ensure_ascii=False)}\n"
    return s


def rec_google(c, d, shape, path, sessions, t0, tag):
    full = os.path.join(d, path)
    lang = c["locale"]
    rows = []
    t = t0
    for si, sess in enumerate(sessions):
        cid = hid(c["id"], tag, si, n=20)
        for ti, g in enumerate(sess):
            t += datetime.timedelta(seconds=6 + 2 * ti)
            ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            if shape == "gactions-conversation":
                req = {"user": {"locale": lang, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": g["intent"], "rawInputs": [{"inputType": "VOICE", "query": g["user"]}],
                                   "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in g["params"].items()]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                       "isInSandbox": True, "requestType": "SIMULATOR"}
                items = [gsimple(g["speech"])]
                if g["card"]:
                    items.append({"basicCard": {"title": g["card"][0], "formattedText": g["card"][1]}})
                if g["expect"]:
                    resp = {"expectUserResponse": True,
                            "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                                "noInputPrompts": [{"textToSpeech": x} for x in g["noinput"]]},
                                                "possibleIntents": [g["perm"] or {"intent": "actions.intent.TEXT"}]}]}
                else:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                rows.append({"timestamp": ts, "request": req, "response": resp})
            elif shape == "dialogflow-webhook":
                req = {"responseId": uid(c["id"], tag, si, ti) + "-a14fa99c", "session": "projects/%s-df/agent/sessions/%s" % (c["id"].split("-", 1)[1], cid),
                       "queryResult": {"queryText": g["user"], "parameters": g["params"], "allRequiredParamsPresent": True,
                                       "intent": {"name": "projects/%s-df/agent/intents/%s" % (c["id"].split("-", 1)[1], uid(c["id"], g["intent"])),
                                                  "displayName": g["intent"]}, "intentDetectionConfidence": 0.92, "languageCode": lang.lower()},
                       "originalDetectIntentRequest": {"source": "google", "version": "2",
                                                       "payload": {"user": {"locale": lang}, "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                                                                   "inputs": [{"rawInputs": [{"query": g["user"], "inputType": "VOICE"}]}],
                                                                   "isInSandbox": True}}}
                items = [gsimple(g["speech"])]
                if g["card"]:
                    items.append({"basicCard": {"title": g["card"][0], "formattedText": g["card"][1]}})
                goog = {"expectUserResponse": g["expect"], "richResponse": {"items": items}}
                if g["noinput"]:
                    goog["noInputPrompts"] = [{"textToSpeech": x} for x in g["noinput"]]
                if g["perm"]:
                    goog["systemIntent"] = g["perm"]
                resp = {"fulfillmentText": g["speech"], "payload": {"google": goog}}
                rows.append({"request": req, "response": resp})
            elif shape == "gactions-scene":
                req = {"handler": {"name": g["intent"]}, "intent": {"name": g["intent"], "params": {k: {"original": v, "resolved": v} for k, v in g["params"].items()}, "query": g["user"]},
                       "scene": {"name": g["scene"] or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": cid, "params": {}, "typeOverrides": [], "languageCode": lang.lower()},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                                "lastSeenTime": ts},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
                resp = {"session": {"id": cid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": g["speech"], "text": g["speech"]}}}
                if g["card"]:
                    resp["prompt"]["content"] = {"card": {"title": g["card"][0], "text": g["card"][1]}}
                nxt = g["nxt"] or ("actions.scene.END_CONVERSATION" if not g["expect"] else None)
                resp["scene"] = {"name": g["scene"] or "Main", "slots": {}}
                if nxt:
                    resp["scene"]["next"] = {"name": nxt}
                rows.append({"request": req, "response": resp})
    if path.endswith(".jsonl"):
        W(full, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    else:
        J(full, rows)


# ---------------------------------------------------------------- driver
def build(c, root):
    d = os.path.join(root, "cases", c["id"])
    if c.get("gkind"):
        google_package(d, c)
    else:
        alexa_package(d, c)
        for p, txt in c.get("files", {}).items():
            W(os.path.join(d, p), txt)
    shapes = []
    for k, r in enumerate(c["recs"]):
        shape, path, sessions = r[0], r[1], r[2]
        t0 = datetime.datetime.strptime(r[3] if len(r) > 3 else c.get("date", "2024-05-14T19:20:00"), "%Y-%m-%dT%H:%M:%S")
        tag = "r%d" % k
        if c.get("gkind"):
            rec_google(c, d, shape, path, sessions, t0, tag)
        else:
            rec_alexa(c, d, shape, path, sessions, t0, tag)
        shape_label = "ask-dialog" if shape == "ask-dialog-text" else shape
        if shape_label not in shapes:
            shapes.append(shape_label)
    return {"categories": sorted(c["labels"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
