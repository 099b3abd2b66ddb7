package org.souk.partner.internal;

import org.souk.partner.MemberRole;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;

/** The forms of the partner area; bound by field (see PartnerAreaController's init binder). */
final class PartnerAreaForms {

    private PartnerAreaForms() {
    }

    static class Profile {
        private String partnerCode;
        private String companyName;
        private String companyWebsite;
        private String phone;
        private String comment;
        private String description;
        private String supportEmail;
        private String supportUrl;

        static Profile of(PartnerView partner) {
            Profile form = new Profile();
            form.partnerCode = partner.code();
            form.companyName = partner.companyName();
            form.companyWebsite = partner.companyWebsite();
            form.phone = partner.phone();
            form.comment = partner.comment();
            form.description = partner.description();
            form.supportEmail = partner.supportEmail();
            form.supportUrl = partner.supportUrl();
            return form;
        }

        Partners.ProfileUpdate toUpdate() {
            return new Partners.ProfileUpdate(partnerCode, companyName, companyWebsite, phone,
                    comment == null ? "" : comment, description == null ? "" : description,
                    supportEmail == null ? "" : supportEmail, supportUrl == null ? "" : supportUrl);
        }
    }

    static class Invite {
        private String email;
        private String firstName;
        private String lastName;
        private MemberRole role = MemberRole.DEVELOPER;

        PartnerTeam.Invitation toInvitation() {
            return new PartnerTeam.Invitation(email, firstName, lastName, role);
        }
    }

    static class Entity {
        private String name;
        private String country;
        private String registrationNumber;
        private String taxId;
        private String address;

        static Entity of(LegalEntity entity) {
            Entity form = new Entity();
            form.name = entity.name();
            form.country = entity.country();
            form.registrationNumber = entity.registrationNumber();
            form.taxId = entity.taxId();
            form.address = entity.address();
            return form;
        }

        LegalEntity toLegalEntity() {
            return new LegalEntity(name, country, registrationNumber, taxId, address);
        }
    }
}
