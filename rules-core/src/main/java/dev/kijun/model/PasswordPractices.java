package dev.kijun.model;

/**
 * The five password practices of B2-33.
 *
 * @param keptSecret passwords are managed so that others cannot learn them
 * @param noDisclosureOnEnquiry passwords are kept secret and never given out on enquiry
 * @param strongPasswords passwords are long and hard to guess (upper and lower case, digits, symbols)
 * @param reportAndChangeOnLeak a possible leak is reported promptly and the password changed
 * @param notStoredOnDevices passwords are not stored on servers, network devices, PCs or mobile devices
 */
public record PasswordPractices(Claim keptSecret, Claim noDisclosureOnEnquiry, Claim strongPasswords,
    Claim reportAndChangeOnLeak, Claim notStoredOnDevices) {}
