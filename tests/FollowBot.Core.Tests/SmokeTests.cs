namespace FollowBot.Core.Tests;
public class SmokeTests { [Fact] public void Runs() => 1.ShouldBe(1); }
