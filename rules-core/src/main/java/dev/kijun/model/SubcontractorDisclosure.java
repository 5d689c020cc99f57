package dev.kijun.model;

/**
 * Which information about subcontractors the vendor can provide to the city (B2-14).
 *
 * @param company the subcontractor's company information
 * @param scope what is subcontracted
 * @param securityOfficer the subcontractor's information-security officer
 * @param personalInformationManager the subcontractor's personal-information manager
 * @param staff information on the subcontractor's staff
 */
public record SubcontractorDisclosure(Claim company, Claim scope, Claim securityOfficer,
    Claim personalInformationManager, Claim staff) {}
