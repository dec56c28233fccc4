package io.github.kudos.site;

public record MilestoneView(DateView date, String title) {}
