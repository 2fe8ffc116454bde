package org.innoport.evaluation.domain;

import org.innoport.evaluation.scoring.AcceptanceRule.Share;

/**
 * Size and quorum rules for one council (*defaults* from {@code innoport.evaluation.*}).
 *
 * @param minMembers fewest members a council may convene with
 * @param maxMembers most members a council may have
 * @param quorum share of members that must be present
 */
public record Composition(int minMembers, int maxMembers, Share quorum) {
}
