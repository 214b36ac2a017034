package fi.kasvu.platform.messages;

/** To whom an announcement goes: a class's students and guardians, a school's people, or the whole municipality. */
public enum Audience { CLASS, SCHOOL, MUNICIPALITY }
