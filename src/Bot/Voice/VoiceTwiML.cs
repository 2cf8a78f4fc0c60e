using System.Text;
using Twilio.TwiML;
using MessageTwiML = Pkkpm.Bot.Twilio.TwiML;
using RejectVerb = Twilio.TwiML.Voice.Reject;

namespace Pkkpm.Bot.Voice;

/// <summary>
/// Answers to a call, built with the SDK as <see cref="MessageTwiML"/> builds message replies (it escapes
/// the text; <see cref="MessageTwiML.XmlSafe"/> drops what XML cannot carry).
/// </summary>
internal static class VoiceTwiML
{
    /// <summary>
    /// Google's Indonesian standard voice A (female: most members are women), on Twilio's list of
    /// text-to-speech voices for id-ID and in the SDK's own Say.VoiceEnum.
    /// </summary>
    public const string Voice = "Google.id-ID-Standard-A";

    public const string Language = "id-ID";

    /// <summary>Busy, never answered: the call costs the caller nothing.</summary>
    public static IResult Reject()
    {
        var response = new VoiceResponse();
        response.Reject(RejectVerb.ReasonEnum.Busy);
        return Xml(response);
    }

    /// <summary>Answered: <paramref name="text"/> read aloud, then the call ends.</summary>
    public static IResult Say(string text)
    {
        var response = new VoiceResponse();
        response.Say(MessageTwiML.XmlSafe(text), voice: Voice, language: Language);
        response.Hangup();
        return Xml(response);
    }

    private static IResult Xml(VoiceResponse response) => TypedResults.Text(response.ToString(), "text/xml", Encoding.UTF8);
}
