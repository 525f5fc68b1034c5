"""Turn the hand-written case descriptions (cases_*.py) into project folders and recordings.
Nothing here invents content: every sentence comes from the case files; this only wraps it
into the file formats (ASK CLI, Actions Builder, Actions SDK v2, Dialogflow, recordings)."""
import html
import json
import os
import uuid

NS = uuid.UUID("6f1d1c2a-76a7-4c0e-9b1e-000000000076")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def T(intent, say, speech, reprompt=None, end=True, slots=None, card=None, audio=None, perms=None, scene=None, plain=False):
    """One turn: what the user said, which intent it became, what the skill answered."""
    return dict(intent=intent, say=say, speech=speech, reprompt=reprompt, end=end, slots=slots or {},
                card=card, audio=audio, perms=perms, scene=scene, plain=plain)


def C(**kw):
    kw.setdefault("perms", [])
    kw.setdefault("policy", None)
    kw.setdefault("child", False)
    kw.setdefault("kind", "alexa")
    kw.setdefault("types", {})
    kw.setdefault("extra", {})
    kw.setdefault("category", "NEWS")
    return kw


# ---------------------------------------------------------------- helpers
def ssml(t):
    if t is None:
        return None
    return t if t.lstrip().startswith("<speak>") else "<speak>" + t + "</speak>"


def lang(loc):
    return loc.split("-")[0]


def write(root, rel, data):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")


def ts(base, i):
    h, m = divmod(i * 7, 60)
    return f"{base}T{19 + h % 4:02d}:{m:02d}:{(i * 13) % 60:02d}Z"


# ---------------------------------------------------------------- Alexa envelopes
def alexa_pairs(case, sessions, base, tag=""):
    skill_id = "amzn1.ask.skill." + uid(case["id"], "skill")
    user = "amzn1.ask.account." + uid(case["id"], "user").replace("-", "").upper()
    dev = "amzn1.ask.device." + uid(case["id"], "dev").replace("-", "").upper()
    out, n = [], 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(case["id"], tag, base, si)
        for ti, t in enumerate(sess):
            n += 1
            rq = {"requestId": "amzn1.echo-api.request." + uid(case["id"], tag, base, si, ti),
                  "locale": case["loc"], "timestamp": ts(base, n)}
            if t["intent"] == "Launch":
                rq = {"type": "LaunchRequest", **rq}
            else:
                rq = {"type": "IntentRequest", **rq,
                      "intent": {"name": t["intent"], "confirmationStatus": "NONE"}}
                if t["slots"]:
                    rq["intent"]["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                             for k, v in t["slots"].items()}
            sess_obj = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": skill_id},
                        "user": {"userId": user}}
            if ti:
                sess_obj["attributes"] = {}
            req = {"version": "1.0", "session": sess_obj,
                   "context": {"System": {"application": {"applicationId": skill_id}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": rq}
            r = {}
            if t["speech"] is not None:
                r["outputSpeech"] = ({"type": "PlainText", "text": t["speech"]} if t["plain"]
                                     else {"type": "SSML", "ssml": ssml(t["speech"])})
            if t["card"]:
                r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t["perms"]:
                r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perms"]}
            if t["reprompt"] is not None:
                r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["reprompt"])}}
            if t["audio"]:
                r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                                    "audioItem": {"stream": {"url": t["audio"], "token": uid(t["audio"])[:8],
                                                             "offsetInMilliseconds": 0}}}]
            if t["end"] is not None:
                r["shouldEndSession"] = t["end"]
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0",
                    "response": r}
            out.append((t, req, resp))
    return out


# ---------------------------------------------------------------- Google bodies
def google_pairs(case, sessions, base, tag=""):
    out, n = [], 0
    loc = case["loc"]
    for si, sess in enumerate(sessions):
        sid = uid(case["id"], tag, base, si)
        for ti, t in enumerate(sess):
            n += 1
            k = case["kind"]
            if k == "sdk2":
                intent = "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"]
                req = {"user": {"locale": loc, "userVerificationStatus": "VERIFIED", "lastSeen": ts(base, n)},
                       "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["say"]}],
                                   "arguments": [{"name": a, "rawText": v, "textValue": v} for a, v in t["slots"].items()]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                       "isInSandbox": True}
                if t["end"]:
                    resp = {"expectUserResponse": False,
                            "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}}
                else:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}},
                          "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t["reprompt"] is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t["reprompt"]}] * 2
                    if t["perms"]:
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                            "optContext": t["perms"][0], "permissions": t["perms"][1:]}}]
                    resp = {"expectUserResponse": True, "expectedInputs": [ei]}
            elif k == "df":
                proj = case["id"].split("-", 1)[1]
                req = {"responseId": uid(case["id"], tag, base, si, ti, "r"),
                       "session": f"projects/{proj}/agent/sessions/{sid}",
                       "queryResult": {"queryText": t["say"], "parameters": t["slots"], "allRequiredParamsPresent": True,
                                       "intent": {"name": f"projects/{proj}/agent/intents/{uid(case['id'], t['intent'])}",
                                                  "displayName": "Default Welcome Intent" if t["intent"] == "Launch" else t["intent"]},
                                       "intentDetectionConfidence": 1, "languageCode": lang(loc)},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": loc}, "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": t["say"]}]}]}}}
                g = {"expectUserResponse": not t["end"],
                     "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
                if t["reprompt"] is not None:
                    g["noInputPrompts"] = [{"textToSpeech": t["reprompt"]}]
                if t["perms"]:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": t["perms"][0], "permissions": t["perms"][1:]}}
                resp = {"fulfillmentText": t["speech"], "payload": {"google": g}}
            else:  # builder
                scene = t["scene"] or "Main"
                req = {"handler": {"name": "main" if t["intent"] == "Launch" else t["intent"].lower()},
                       "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"],
                                  "params": {a: {"original": v, "resolved": v} for a, v in t["slots"].items()},
                                  "query": t["say"]},
                       "scene": {"name": "actions.scene.START_CONVERSATION" if ti == 0 else scene,
                                 "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "lastSeenTime": ts(base, n)},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                nxt = "actions.scene.END_CONVERSATION" if t["end"] else scene
                resp = {"session": {"id": sid, "params": {}},
                        "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": t["speech"]}},
                        "scene": {"name": scene, "slots": {}, "next": {"name": nxt}}}
                if t["card"]:
                    resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
            out.append((t, req, resp))
    return out


# ---------------------------------------------------------------- shapes
def q(s):
    return json.dumps(s, ensure_ascii=False)


def render_rec(root, case, shape, path, sessions, base, tag):
    google = case["kind"] != "alexa"
    pairs = (google_pairs if google else alexa_pairs)(case, sessions, base, tag)
    endpoint = case.get("endpoint") or f"https://skills.{case['id'].split('-', 1)[1]}.example.net/alexa"
    if shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        write(root, path, [{"request": a, "response": b} for _, a, b in pairs])
    elif shape == "envelope":
        for i, (t, _, b) in enumerate(pairs):
            nm = "launch" if t["intent"] == "Launch" else t["intent"].split(".")[-1].replace("Intent", "").lower()
            write(root, f"{path}/{i + 1:02d}-{nm}.json", b)
    elif shape == "pairs-jsonl":
        write(root, path, "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for _, a, b in pairs))
    elif shape == "pairs-array":
        write(root, path, [{"request": a, "response": b} for _, a, b in pairs])
    elif shape == "smapi-simulation":
        for i, (t, a, b) in enumerate(pairs):
            write(root, f"{path}/sim-{i + 1:02d}.json", {
                "id": uid(case["id"], "sim", base, i), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": t["speech"]}}],
                                                  "consideredIntents": [{"name": a["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE"}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": case.get("arn", endpoint), "body": a},
                                                                   "invocationResponse": {"body": b},
                                                                   "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 11}}]},
                           "error": None}})
    elif shape == "smapi-invocation":
        for i, (t, a, b) in enumerate(pairs):
            write(root, f"{path}/invoke-{i + 1:02d}.json", {
                "id": uid(case["id"], "inv", base, i), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint, "body": a},
                                                  "invocationResponse": {"body": b},
                                                  "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}, "error": None}})
    elif shape == "ask-dialog":
        write(root, f"{path}/dialog-replay.json", {"skillId": pairs[0][1]["session"]["application"]["applicationId"],
                                                    "locale": case["loc"], "type": "text",
                                                    "userInput": [t["say"] for t, _, _ in pairs]})
        if case.get("dialog_text"):
            lines = []
            for t, _, b in pairs:
                lines.append("User  > " + t["say"])
                lines.append("Alexa > " + (t["speech"] or ""))
                if b["response"].get("reprompt"):
                    lines.append("        (reprompt) " + b["response"]["reprompt"]["outputSpeech"]["ssml"])
                lines.append("        (session " + ("ends" if b["response"].get("shouldEndSession") else "stays open") + ")")
            write(root, f"{path}/dialog-output.txt", "\n".join(lines) + "\n")
        else:
            write(root, f"{path}/dialog-output.json", [{"utterance": t["say"], "invocations": [
                {"invocationRequest": {"endpoint": endpoint, "body": a}, "invocationResponse": {"body": b}}]}
                for t, a, b in pairs])
    elif shape == "cloudwatch-text":
        py = case.get("python")
        out = []
        for i, (t, a, b) in enumerate(pairs):
            rid = uid(case["id"], "lambda", base, i)
            stamp = ts(base, i + 1).replace("Z", ".120Z")
            out.append(f"START RequestId: {rid} Version: $LATEST")
            if py:
                out.append(f"[INFO]\t{stamp}\t{rid}\tRequest Envelope: {q(a)}")
                out.append(f"[INFO]\t{stamp}\t{rid}\tResponse: {q(b)}")
            else:
                out.append(f"{stamp}\t{rid}\tINFO\tRequest: {q(a)}")
                out.append(f"{stamp}\t{rid}\tINFO\tResponse: {q(b)}")
            out.append(f"END RequestId: {rid}")
            out.append(f"REPORT RequestId: {rid}\tDuration: {40 + i * 3}.21 ms\tBilled Duration: {41 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        write(root, path, "\n".join(out) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (t, a, b) in enumerate(pairs):
            rid = uid(case["id"], "lambda", base, i)
            stamp = ts(base, i + 1).replace("Z", ".400Z")
            for kind, body in (("Request", a), ("Response", b)):
                ev.append({"logStreamName": f"2024/{base[5:7]}/{base[8:10]}/[$LATEST]{uid(case['id'], 'ls')[:32].replace('-', '')}",
                           "timestamp": 1717000000000 + i * 1000, "message": f"{stamp}\t{rid}\tINFO\t{kind}: {q(body)}\n",
                           "ingestionTime": 1717000000500 + i * 1000, "eventId": uid(case["id"], kind, base, i).replace("-", "")[:30]})
        write(root, path, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ent = []
        for i, (t, a, b) in enumerate(pairs):
            ent.append({"startedDateTime": ts(base, i + 1), "time": 210 + i,
                        "request": {"method": "POST", "url": endpoint, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(q(a)),
                                    "postData": {"mimeType": "application/json", "text": q(a)}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                     "cookies": [], "content": {"size": len(q(b)), "mimeType": "application/json", "text": q(b)},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(q(b))},
                        "cache": {}, "timings": {"send": 1, "wait": 200 + i, "receive": 2}})
        write(root, path, {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "126.0"},
                                   "pages": [], "entries": ent}})
    elif shape == "transcript":
        out = [f"# QA transcript {case['name']} ({case['loc']}) {base}"]
        for si, sess in enumerate(sessions):
            out.append(f"--- session {si + 1} ---")
            for ti, t in enumerate(sess):
                stamp = ts(base, si * 10 + ti + 1)[11:19]
                out.append(f"[{stamp}] USER: {t['say']}")
                out.append(f"[{stamp}] SKILL: {t['speech']}")
                if t["reprompt"] is not None:
                    out.append(f"[{stamp}] REPROMPT: {t['reprompt']}")
                out.append(f"[{stamp}] session_open={'false' if t['end'] else 'true'}")
        write(root, path, "\n".join(out) + "\n")
    elif shape == "gettext-po":
        out = ['msgid ""', 'msgstr ""', f'"Project-Id-Version: {case["id"]} qa-export\\n"',
               f'"Language: {case["loc"].replace("-", "_")}\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
               f'"X-QA-Run: {base}\\n"', ""]
        for i, (t, a, b) in enumerate(pairs):
            key = a["request"]["type"] if t["intent"] == "Launch" else t["intent"]
            r = b["response"]
            out.append(f'#. QA expected reply, turn {i + 1}, user says: "{t["say"]}"')
            out.append(f'#. shouldEndSession={json.dumps(r.get("shouldEndSession"))}')
            out.append(f"#: lambda/locales/{lang(case['loc'])}.js")
            out.append(f'msgctxt "{key}"')
            out.append(f'msgid "{key}.speech"')
            out.append("msgstr " + q(r.get("outputSpeech", {}).get("ssml", "")))
            out.append("")
            if "reprompt" in r:
                out.append(f'#. reprompt for turn {i + 1}')
                out.append(f'msgctxt "{key}"')
                out.append(f'msgid "{key}.reprompt"')
                out.append("msgstr " + q(r["reprompt"]["outputSpeech"]["ssml"]))
                out.append("")
        write(root, path, "\n".join(out))
    elif shape == "xliff-qa":
        e = html.escape
        units = []
        for i, (t, a, b) in enumerate(pairs):
            r = b["response"]
            key = "LaunchRequest" if t["intent"] == "Launch" else t["intent"]
            note = f'user: {t["say"]} | shouldEndSession={json.dumps(r.get("shouldEndSession"))}'
            units.append(f'      <trans-unit id="t{i + 1}.{e(key)}.speech">\n        <source>{e(key)} reply</source>\n'
                         f'        <target state="final">{e(r.get("outputSpeech", {}).get("ssml", ""))}</target>\n'
                         f'        <note from="qa">{e(note)}</note>\n      </trans-unit>')
            if "reprompt" in r:
                units.append(f'      <trans-unit id="t{i + 1}.{e(key)}.reprompt">\n        <source>{e(key)} reprompt</source>\n'
                             f'        <target state="final">{e(r["reprompt"]["outputSpeech"]["ssml"])}</target>\n      </trans-unit>')
        write(root, path, '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
              f'  <file original="lambda/locales/{lang(case["loc"])}.json" source-language="en-US" target-language="{case["loc"]}" datatype="plaintext" date="{base}T00:00:00Z">\n'
              '    <body>\n' + "\n".join(units) + '\n    </body>\n  </file>\n</xliff>\n')
    elif shape == "device-diagnostics":
        serial = "G0" + uid(case["id"], "serial").replace("-", "")[:14].upper()
        write(root, f"{path}/device-info.json", {"serial": serial, "model": "Echo Dot (5th Gen)", "firmware": "8989392772",
                                                  "locale": case["loc"], "timezone": "Europe/Paris", "collected": base})
        out = [f"--- diagnostics bundle {serial} {base} ---"]
        for i, (t, a, b) in enumerate(pairs):
            stamp = ts(base, i + 1)[11:19]
            out.append(f"{base} {stamp}.101 I/AVS.SpeechRecognizer: recognized \"{t['say']}\"")
            out.append(f"{base} {stamp}.240 D/SkillRouter: REQ > {q(a)}")
            out.append(f"{base} {stamp}.612 D/SkillRouter: RSP < {q(b)}")
            out.append(f"{base} {stamp}.700 I/AVS.Mic: state={'IDLE' if b['response'].get('shouldEndSession') else 'EXPECTING_SPEECH'}")
        write(root, f"{path}/logs/voice-pipeline.log", "\n".join(out) + "\n")
        write(root, f"{path}/README.txt", "Diagnostics bundle exported from the device support menu.\n")
    elif shape == "junit-xml":
        e = html.escape
        cases = []
        for i, (t, a, b) in enumerate(pairs):
            nm = "LaunchRequest" if t["intent"] == "Launch" else t["intent"]
            cases.append(f'    <testcase classname="{e(case["id"])}.e2e" name="{i + 1:02d} {e(nm)} ({e(t["say"])})" time="0.{200 + i}">\n'
                         f'      <system-out><![CDATA[REQUEST {q(a)}\nRESPONSE {q(b)}\n]]></system-out>\n    </testcase>')
        write(root, path, f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="{len(pairs)}" failures="0" errors="0">\n'
              f'  <testsuite name="e2e {e(case["loc"])}" timestamp="{base}T10:00:00" tests="{len(pairs)}" failures="0">\n'
              + "\n".join(cases) + '\n  </testsuite>\n</testsuites>\n')
    elif shape == "postman-collection":
        items = []
        for i, (t, a, b) in enumerate(pairs):
            nm = "LaunchRequest" if t["intent"] == "Launch" else t["intent"]
            reqd = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": {"mode": "raw", "raw": json.dumps(a, ensure_ascii=False, indent=2)}, "url": {"raw": endpoint}}
            items.append({"name": f"{i + 1:02d} {nm}", "request": reqd,
                          "response": [{"name": "recorded " + base, "originalRequest": reqd, "status": "OK", "code": 200,
                                        "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": json.dumps(b, ensure_ascii=False, indent=2)}]})
        write(root, path, {"info": {"_postman_id": uid(case["id"], "pm"), "name": case["name"] + " QA",
                                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                           "item": items})
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {case['name']} - replay {base}\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", f"ENDPOINT = {q(endpoint)}\n",
                             "def invoke(env):\n", "    return requests.post(ENDPOINT, json=env, timeout=10).json()\n"]}]
        for i, (t, a, b) in enumerate(pairs):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": [f"# user: {t['say']}\n", f"req = {q(a)}\n", "resp = invoke(req)\n", "print(json.dumps(resp, ensure_ascii=False))"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [q(b) + "\n"]}]})
        write(root, path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                       "language_info": {"name": "python", "version": "3.11.6"}},
                           "nbformat": 4, "nbformat_minor": 5})
    elif shape == "charles-session":
        host = endpoint.split("/")[2]
        ent = []
        for i, (t, a, b) in enumerate(pairs):
            ent.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https",
                        "host": host, "port": 443, "path": "/" + endpoint.split("/", 3)[3], "query": None,
                        "times": {"start": ts(base, i + 1), "end": ts(base, i + 1)},
                        "request": {"sizes": {"headers": 310, "body": len(q(a))}, "mimeType": "application/json", "charset": "UTF-8",
                                    "header": {"firstLine": "POST /" + endpoint.split("/", 3)[3] + " HTTP/1.1",
                                               "headers": [{"name": "content-type", "value": "application/json"}]},
                                    "body": {"text": q(a), "charset": "UTF-8"}},
                        "response": {"status": 200, "sizes": {"headers": 160, "body": len(q(b))}, "mimeType": "application/json",
                                     "charset": "UTF-8", "header": {"firstLine": "HTTP/1.1 200 OK", "headers": []},
                                     "body": {"text": q(b), "charset": "UTF-8"}}})
        write(root, path, ent)
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- projects
def render_alexa(root, c):
    loc = c["loc"]
    pub = {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or [f"Alexa, {c.get('open_word', 'open')} {c['inv']}"],
           "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
           "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/icon_108.png",
           "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/icon_512.png"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c["perms"]) or bool(c.get("personal")),
            "isChildDirected": c["child"], "isExportCompliant": True, "containsAds": False}
    if c["policy"]:
        priv["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"}}
    m = {"manifest": {"publishingInformation": {"locales": {loc: pub}, "isAvailableWorldwide": False,
                                                "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                "category": c["category"], "distributionCountries": [c.get("country", loc.split("-")[1])]},
                      "apis": {"custom": {"endpoint": {"uri": c.get("arn", "arn:aws:lambda:eu-west-1:30" + uid(c["id"])[:10].replace("-", "0") + ":function:" + c["id"].split("-", 1)[1])}}},
                      "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if c["perms"]:
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("audio"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    write(root, "skill-package/skill.json", m)
    intents = []
    for name, slots, samples in c["intents"]:
        d = {"name": name, "samples": samples}
        if slots:
            d["slots"] = [{"name": s, "type": ty} for s, ty in slots]
        intents.append(d)
    for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent"):
        if b not in [i["name"] for i in intents]:
            intents.append({"name": b, "samples": []})
    lm = {"invocationName": c["inv"], "intents": intents,
          "types": [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c["types"].items()]}
    write(root, f"skill-package/interactionModels/custom/{loc}.json", {"interactionModel": {"languageModel": lm}})
    write(root, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def render_builder(root, c):
    lg = lang(c["loc"])
    st = [f"defaultLocale: {lg}", "localizedSettings:", f"  displayName: {yaml_str(c['name'])}",
          f"  pronunciation: {yaml_str(c['inv'])}", f"  shortDescription: {yaml_str(c['desc'][:80])}",
          f"  fullDescription: {yaml_str(c['desc'])}", f"  developerName: {yaml_str(c.get('dev', 'Studio ' + c['name']))}",
          f"  developerEmail: {yaml_str(c.get('devmail', 'contacto@' + c['id'].split('-', 1)[1] + '.example.org'))}"]
    if c["policy"]:
        st.append(f"  privacyPolicyUrl: {yaml_str(c['policy'])}")
    st.append(f"  sampleInvocations:\n  - {yaml_str(c.get('sample', 'Hablar con ' + c['inv']))}")
    st += [f"projectId: {c['id'].split('-', 1)[1]}-{uid(c['id'])[:6]}", f"category: {c['category']}",
           f"designedForFamily: {'true' if c['child'] else 'false'}", "usesTransactionsApi: false", "usesInteractiveCanvas: false"]
    write(root, "sdk/settings/settings.yaml", "\n".join(st) + "\n")
    write(root, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: Main\n")
    write(root, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n" +
          "".join(f"- name: {n.lower()}\n" for n, _, _ in c["intents"]) +
          "httpsEndpoint:\n  baseUrl: " + c.get("endpoint", f"https://europe-west1-{c['id'].split('-', 1)[1]}.cloudfunctions.net/fulfillment") + "\n")
    for name, slots, samples in c["intents"]:
        y = ["trainingPhrases:"] + [f"- {yaml_str(s)}" for s in samples]
        if slots:
            y.append("parameters:")
            for s, ty in slots:
                y += [f"- name: {s}", "  typeSpec:" if ty.startswith("actions.type") else "  type:",
                      f"    name: {ty}" if not ty.startswith("actions.type") else f"    name: {ty}"]
        write(root, f"sdk/custom/intents/{name}.yaml", "\n".join(y) + "\n")
    for n, vals in c["types"].items():
        if vals == "FREETEXT":
            write(root, f"sdk/custom/types/{n}.yaml", "freeText: {}\n")
        else:
            write(root, f"sdk/custom/types/{n}.yaml", "synonym:\n  entities:\n" + "".join(
                f"    {yaml_str(v)}:\n      synonyms:\n      - {yaml_str(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    for sname, body in c.get("scenes", {}).items():
        write(root, f"sdk/custom/scenes/{sname}.yaml", body)


def render_sdk2(root, c):
    conv = c["id"].split("-", 1)[1]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": conv},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("main_patterns", [])}}}]
    for name, slots, samples in c["intents"]:
        a = {"description": name, "name": name, "fulfillment": {"conversationName": conv},
             "intent": {"name": name, "trigger": {"queryPatterns": samples}}}
        if slots:
            a["intent"]["parameters"] = [{"name": s, "type": ty} for s, ty in slots]
        acts.append(a)
    d = {"locale": c["loc"] if c.get("full_locale") else lang(c["loc"]), "actions": acts,
         "conversations": {conv: {"name": conv, "url": c.get("endpoint", f"https://{conv}.example.net/fulfillment"),
                                  "fulfillmentApiVersion": 2}}}
    if c["types"]:
        d["types"] = [{"name": "$" + n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"].items()]
    write(root, "action.json", d)


def render_df(root, c):
    lg = lang(c["loc"])
    write(root, "agent.json", {"description": c["desc"], "language": lg, "shortDescription": c["name"],
                               "examples": "", "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
                               "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"].split("-", 1)[1],
                                                   "welcomeIntentSignInRequired": False, "startIntents": [],
                                                   "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                   "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                   "autoPreviewEnabled": False, "isDeviceAgent": False},
                               "defaultTimezone": c.get("tz", "Europe/Madrid"),
                               "webhook": {"url": c.get("endpoint", f"https://{c['id'].split('-', 1)[1]}.example.net/df"),
                                           "username": "", "headers": {}, "available": True, "useForDomains": False,
                                           "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                               "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True})
    write(root, "package.json", {"version": "1.0.0"})
    for name, slots, samples in [("Default Welcome Intent", [], c.get("welcome", ["hola"]))] + c["intents"]:
        write(root, f"intents/{name}.json", {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                                             "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                                            "parameters": [{"id": uid(c["id"], name, s), "name": s, "required": False,
                                                                            "dataType": ty, "value": "$" + s, "isList": False}
                                                                           for s, ty in slots],
                                                            "messages": [], "speech": []}],
                                             "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                             "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        us = []
        slotmap = dict(slots)
        for s in samples:
            parts, buf, i = [], "", 0
            while i < len(s):
                if s[i] == "{":
                    j = s.index("}", i)
                    if buf:
                        parts.append({"text": buf, "userDefined": False})
                        buf = ""
                    nm = s[i + 1:j]
                    parts.append({"text": c.get("df_example", {}).get(nm, nm), "meta": slotmap.get(nm, "@sys.any"), "alias": nm, "userDefined": True})
                    i = j + 1
                else:
                    buf += s[i]
                    i += 1
            if buf:
                parts.append({"text": buf, "userDefined": False})
            us.append({"id": uid(c["id"], name, s), "data": parts, "isTemplate": False, "count": 0, "lang": lg, "updated": 0})
        write(root, f"intents/{name}_usersays_{lg}.json", us)
    for n, vals in c["types"].items():
        write(root, f"entities/{n}.json", {"id": uid(c["id"], n), "name": n, "isOverridable": True, "isEnum": False,
                                           "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(root, f"entities/{n}_entries_{lg}.json", [{"value": v, "synonyms": [v]} for v in vals])


def render_case(outdir, c):
    root = os.path.join(outdir, c["id"])
    {"alexa": render_alexa, "builder": render_builder, "sdk2": render_sdk2, "df": render_df}[c["kind"]](root, c)
    for shape, path, base, sessions in c["recs"]:
        render_rec(root, c, shape, path, sessions, base, path)
    for rel, text in c["extra"].items():
        write(root, rel, text)
