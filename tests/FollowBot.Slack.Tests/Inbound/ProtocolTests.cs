using System.Text.Json;
using FollowBot.Slack.Protocol;

namespace FollowBot.Slack.Tests.Inbound;

/// <summary>Protocol models are tolerant (house rule 7): what FollowBot doesn't read is kept, nothing is refused.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public void An_event_keeps_the_fields_followbot_does_not_model()
    {
        var json = SlackPayloads.Json("events/app_mention.json", ("event_id", "Ev1"), ("text", "mine"), ("user", "U1")).ToJsonString();

        var envelope = JsonSerializer.Deserialize(json, SlackJsonContext.Default.EventEnvelope)!;

        envelope.EventId.ShouldBe("Ev1");
        envelope.Event!.Type.ShouldBe("app_mention");
        envelope.Event.Text.ShouldBe("<@UBOT> mine");
        envelope.Authorizations!.Single().UserId.ShouldBe("UBOT");
        envelope.Extra!.Keys.ShouldContain("event_context");
        envelope.Event.Extra!.Keys.ShouldContain("blocks");
        envelope.Event.Extra.Keys.ShouldContain("client_msg_id");
    }

    [Fact]
    public void A_view_submission_reads_every_kind_of_input_state()
    {
        var json = SlackPayloads.Json("interactions/view_submission.lead_form.json", ("user", "U1"), ("company", "Acme"), ("value", "5k"), ("private_metadata", "{}"));
        json["view"]!["state"]!["values"]!["due"] = JsonSerializer.SerializeToNode(new { due = new { type = "datepicker", selected_date = "2026-12-24" } });
        json["view"]!["state"]!["values"]!["owner"] = JsonSerializer.SerializeToNode(new { owner = new { type = "users_select", selected_user = "U2" } });

        var payload = JsonSerializer.Deserialize(json.ToJsonString(), SlackJsonContext.Default.InteractionPayload)!;
        var values = payload.View!.State!.Values!;

        values["company"]["company"].ChosenValue.ShouldBe("Acme");
        values["grade"]["grade"].ChosenValue.ShouldBe("A");
        values["phone"]["phone"].ChosenValue.ShouldBeNull();
        values["due"]["due"].ChosenValue.ShouldBe("2026-12-24");
        values["owner"]["owner"].ChosenValue.ShouldBe("<@U2>");
        payload.TeamId.ShouldBe("T0FOLLOW");
        payload.View.Extra!.Keys.ShouldContain("root_view_id");
    }

    [Fact]
    public void A_socket_frame_carries_its_payload_and_retry_fields()
    {
        const string frame = """{"envelope_id":"57d6a792","payload":{"type":"shortcut","callback_id":"deal.create","trigger_id":"1.2.3","team":{"id":"T1"},"user":{"id":"U1"}},"type":"interactive","accepts_response_payload":false,"retry_attempt":2,"retry_reason":"timeout","future_field":{"x":1}}""";

        var parsed = JsonSerializer.Deserialize(frame, SlackJsonContext.Default.SocketFrame)!;

        parsed.EnvelopeId.ShouldBe("57d6a792");
        parsed.RetryAttempt.ShouldBe(2);
        parsed.Payload!.Value.GetProperty("callback_id").GetString().ShouldBe("deal.create");
        parsed.Extra!.Keys.ShouldContain("future_field");
    }
}
