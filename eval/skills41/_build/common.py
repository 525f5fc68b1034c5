from render import T, Rec, Case
L = "LaunchRequest"; ST = "AMAZON.StopIntent"; CA = "AMAZON.CancelIntent"; HE = "AMAZON.HelpIntent"
Y = "AMAZON.YesIntent"; N = "AMAZON.NoIntent"; FB = "AMAZON.FallbackIntent"; NX = "AMAZON.NextIntent"
PA = "AMAZON.PauseIntent"; RE = "AMAZON.ResumeIntent"; BUY = "Connections.Response"; SE = "SessionEndedRequest"
NF = "AudioPlayer.PlaybackNearlyFinished"
BR = lambda s=10: f'<break time="{s}s"/>'
