"""Shared little helpers for the hand-written case files."""
from render import T

STOP = ("AMAZON.StopIntent",)


def A(**kw):
    """Alexa case with defaults."""
    c = dict(policy=True, category="SMART_HOME", perms=[], examples=[], rec=[])
    c.update(kw)
    c.setdefault("desc", c["summary"])
    return c


def G(**kw):
    c = dict(policy=True, rec=[])
    c.update(kw)
    return c


def disc(devs):
    """Alexa.Discovery op for the smart-home directive log."""
    from render import sh_discovery
    return {"ns": "Alexa.Discovery", "name": "Discover", "resp_ns": "Alexa.Discovery", "resp_name": "Discover.Response",
            "resp_payload": sh_discovery(devs)}


def power(ep, on=True, unreachable=False):
    o = {"ns": "Alexa.PowerController", "name": "TurnOn" if on else "TurnOff", "endpoint": ep}
    if unreachable:
        o.update(resp_name="ErrorResponse", resp_payload={"type": "ENDPOINT_UNREACHABLE", "message": "Endpoint offline since last heartbeat"})
    else:
        o["props"] = [{"namespace": "Alexa.PowerController", "name": "powerState", "value": "ON" if on else "OFF"}]
    return o


def lock(ep, lockit=True):
    if lockit:
        return {"ns": "Alexa.LockController", "name": "Lock", "endpoint": ep,
                "props": [{"namespace": "Alexa.LockController", "name": "lockState", "value": "LOCKED"}]}
    return {"ns": "Alexa.LockController", "name": "Unlock", "endpoint": ep,
            "props": [{"namespace": "Alexa.LockController", "name": "lockState", "value": "UNLOCKED"}]}


def thermo(ep, val, scale="CELSIUS"):
    return {"ns": "Alexa.ThermostatController", "name": "SetTargetTemperature", "endpoint": ep,
            "payload": {"targetSetpoint": {"value": val, "scale": scale}},
            "props": [{"namespace": "Alexa.ThermostatController", "name": "targetSetpoint", "value": {"value": val, "scale": scale}},
                      {"namespace": "Alexa.ThermostatController", "name": "thermostatMode", "value": "HEAT"}]}


def state(ep, ns, name, value):
    return {"ns": "Alexa", "name": "ReportState", "endpoint": ep, "resp_name": "StateReport",
            "props": [{"namespace": ns, "name": name, "value": value}]}


def rng(ep, val):
    return {"ns": "Alexa.RangeController", "name": "SetRangeValue", "endpoint": ep, "payload": {"rangeValue": val},
            "props": [{"namespace": "Alexa.RangeController", "instance": "Blind.Lift", "name": "rangeValue", "value": val}]}


SYNC = [{"intent": "action.devices.SYNC"}]


def gsync(user, devs):
    return (SYNC, {"agentUserId": user, "devices": [{"id": i, "type": "action.devices.types." + t, "traits": ["action.devices.traits." + x for x in tr],
                                                       "name": {"name": n, "defaultNames": [n], "nicknames": [n]}, "willReportState": True,
                                                       "deviceInfo": {"manufacturer": mk, "model": i.split("-")[0]}} for i, t, tr, n, mk in devs]})


def gquery(ids, states):
    return ([{"intent": "action.devices.QUERY", "payload": {"devices": [{"id": i} for i in ids]}}], {"devices": states})


def gexec(ids, cmd, params, result, challenge=None):
    ex = {"command": "action.devices.commands." + cmd, "params": params}
    if challenge:
        ex["challenge"] = challenge
    return ([{"intent": "action.devices.EXECUTE", "payload": {"commands": [{"devices": [{"id": i} for i in ids], "execution": [ex]}]}}],
            {"commands": result})
