package org.escalationrouter.pipeline;

import org.escalationrouter.judge.Judge;
import org.escalationrouter.parse.LetterParser;
import org.escalationrouter.route.LiveRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

  @Bean
  CaseAssessor caseAssessor(LetterParser parser, Judge judge, LiveRules rules) {
    return new CaseAssessor(parser, judge, rules::decide);
  }
}
