package io.github.kudos.content;

import java.time.LocalDate;

public record Milestone(LocalDate date, String title) {}
